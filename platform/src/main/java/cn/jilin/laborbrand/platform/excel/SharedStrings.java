package cn.jilin.laborbrand.platform.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * The shared-strings table of a workbook, bounded by count and by characters kept. Characters live in fixed chunks (no
 * doubling copies); a string longer than a cell may be is kept cut short and marked, so that only a cell that uses it
 * is refused, not a workbook that merely has a long note on another sheet. Phonetic runs ({@code rPh}) are left out.
 */
final class SharedStrings {

    private static final int CHUNK = 1 << 16;
    private static final int TOO_LONG = -1;

    private final List<char[]> chunks = new ArrayList<>();
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int size;
    private int used = CHUNK;
    private long kept;

    private SharedStrings() {
    }

    static SharedStrings none() {
        return new SharedStrings();
    }

    static SharedStrings read(InputStream in, SpreadsheetLimits limits) {
        SharedStrings table = new SharedStrings();
        BoundedXml.parse(in, limits, table.new Reader(limits));
        return table;
    }

    int size() {
        return size;
    }

    /** The string at {@code index}; a reference outside the table is damage. */
    String get(int index, int row, int column, SpreadsheetLimits limits) {
        if (index < 0 || index >= size) {
            throw SpreadsheetRefusedException.at("import.file.corrupt", row, column);
        }
        if (lengths[index] == TOO_LONG) {
            throw SpreadsheetRefusedException.at("import.cell.tooLong", row, column, limits.maxCellChars());
        }
        int start = starts[index];
        return new String(chunks.get(start / CHUNK), start % CHUNK, lengths[index]);
    }

    private void add(char[] text, int length, boolean tooLong) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        if (chunks.isEmpty() || used + length > CHUNK) {
            chunks.add(new char[CHUNK]);
            used = 0;
        }
        System.arraycopy(text, 0, chunks.get(chunks.size() - 1), used, length);
        starts[size] = (chunks.size() - 1) * CHUNK + used;
        lengths[size] = tooLong ? TOO_LONG : length;
        used += length;
        size++;
    }

    private final class Reader extends BoundedXml.Handler {

        private final SpreadsheetLimits limits;
        private final char[] text;
        private int length;
        private boolean tooLong;
        private boolean inText;
        private int phonetic;

        Reader(SpreadsheetLimits limits) {
            super(limits.maxDepth());
            this.limits = limits;
            this.text = new char[limits.maxCellChars()];
        }

        @Override
        void start(String uri, String name, Attributes attributes, int depth) {
            switch (name) {
                case "sst" -> {
                    // the table's own claim of its size, refused early; the strings are counted as they come anyway
                    String declared = attributes.getValue("uniqueCount");
                    if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limits.maxSharedStrings()) {
                        throw tooMany();
                    }
                }
                case "si" -> {
                    if (size >= limits.maxSharedStrings()) {
                        throw tooMany();
                    }
                    length = 0;
                    tooLong = false;
                    phonetic = 0;
                }
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int count) {
            if (!inText) {
                return;
            }
            int room = text.length - length;
            if (count > room) {
                tooLong = true;
            }
            int n = Math.min(count, room);
            System.arraycopy(ch, start, text, length, n);
            length += n;
        }

        @Override
        void end(String name, int depth) {
            switch (name) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                    // a string too long for a cell is kept as a mark only
                    int keep = tooLong ? 0 : length;
                    kept += keep;
                    if (kept > limits.maxSharedStringChars()) {
                        throw tooMany();
                    }
                    add(text, keep, tooLong);
                }
                default -> {
                }
            }
        }

        private SpreadsheetRefusedException tooMany() {
            return new SpreadsheetRefusedException("import.file.tooManyStrings", limits.maxSharedStrings(), limits.maxSharedStringChars());
        }
    }
}
