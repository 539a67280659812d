package cn.jilin.laborbrand.platform.excel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * The SAX handler of one worksheet. A row holds exactly the template's columns in a fixed array: a cell reference
 * further right ({@code ZZZZZZ2}) is never padded to; if it carries a value or a formula the file is refused, and an
 * empty styled cell there is passed over. Text is collected only up to the cell limit; numbers are checked for length
 * before and after conversion to plain notation, so {@code 1E999999999} is refused, not written out. The
 * {@code dimension} element and row {@code spans} are claims and are ignored.
 */
final class SheetReader extends BoundedXml.Handler {

    /** Excel's last row; a higher row number is damage. */
    static final int MAX_ROW_NUMBER = 1_048_576;
    /** Letters of a column reference beyond which it is far outside any template (Excel's last column is XFD). */
    private static final int MAX_COLUMN_LETTERS = 3;
    /** Characters of a shared-string index (Excel has at most a few million strings). */
    private static final int MAX_INDEX_CHARS = 10;

    private final SpreadsheetLimits limits;
    private final SharedStrings strings;
    private final XlsxReader.RowHandler handler;
    private final XlsxReader.Cell[] cells;
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private int nextRow = 1;
    private int dataRows;
    private int nextColumn;
    private boolean rowHasContent;

    /** The current cell's template column, or -1 when it lies beyond the template. */
    private int column;
    private String columnLetters;
    private String type;
    private boolean formula;
    private boolean collecting;
    private int textLimit;
    private boolean inInline;
    private int phonetic;
    private String value;

    SheetReader(SpreadsheetLimits limits, SharedStrings strings, XlsxReader.RowHandler handler) {
        super(limits.maxDepth());
        this.limits = limits;
        this.strings = strings;
        this.handler = handler;
        this.cells = new XlsxReader.Cell[limits.columns()];
    }

    @Override
    void start(String uri, String name, Attributes attributes, int depth) {
        switch (name) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> {
                formula = true;
                refuseIfOutside();
            }
            case "v" -> collect(numericType() ? limits.maxNumericChars() : "s".equals(type) ? MAX_INDEX_CHARS : limits.maxCellChars(), true);
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> {
                if (inInline && phonetic == 0) {
                    // runs of rich text add up to one value
                    collect(limits.maxCellChars(), false);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!collecting) {
            return;
        }
        if (column < 0) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    refuseIfOutside();
                }
            }
            return;
        }
        if (text.length() + length > textLimit) {
            throw tooLong();
        }
        text.append(ch, start, length);
    }

    @Override
    void end(String name, int depth) {
        switch (name) {
            case "v" -> {
                collecting = false;
                value = column < 0 ? null : resolve(text.toString());
            }
            case "t" -> collecting = false;
            case "rPh" -> phonetic--;
            case "is" -> {
                inInline = false;
                if (column >= 0) {
                    value = text.toString();
                }
            }
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void startRow(String r) {
        rowNumber = r == null ? nextRow : rowNumber(r);
        if (rowNumber > MAX_ROW_NUMBER) {
            throw SpreadsheetRefusedException.at("import.file.corrupt", 0, -1);
        }
        nextRow = rowNumber + 1;
        nextColumn = 0;
        rowHasContent = false;
        Arrays.fill(cells, XlsxReader.Cell.BLANK);
    }

    private void startCell(String r, String t) {
        if (r == null) {
            column = nextColumn < cells.length ? nextColumn : -1;
            columnLetters = column >= 0 ? null : letters(nextColumn);
        } else {
            columnLetters = lettersOf(r);
            int index = columnLetters.length() > MAX_COLUMN_LETTERS ? Integer.MAX_VALUE : index(columnLetters);
            column = index < cells.length ? index : -1;
        }
        nextColumn = column >= 0 ? column + 1 : cells.length;
        type = t;
        formula = false;
        collecting = false;
        value = null;
        inInline = false;
        phonetic = 0;
    }

    private void collect(int limit, boolean fresh) {
        collecting = true;
        textLimit = limit;
        if (fresh) {
            text.setLength(0);
        }
    }

    private void endCell() {
        collecting = false;
        if (column < 0) {
            return;
        }
        String shown = value == null ? null : value.strip();
        XlsxReader.Cell cell = new XlsxReader.Cell(shown, numericType() && value != null, formula);
        cells[column] = cell;
        rowHasContent |= !cell.isBlank() || cell.formula();
    }

    private void endRow() {
        if (!rowHasContent) {
            return;
        }
        if (++dataRows > limits.maxRows()) {
            throw SpreadsheetRefusedException.at("import.file.tooManyRows", rowNumber, -1, limits.maxRows());
        }
        List<XlsxReader.Cell> row = List.of(cells.clone());
        try {
            handler.row(rowNumber, row);
        } catch (SpreadsheetRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new XlsxReader.HandlerFailure(e);
        }
    }

    private boolean numericType() {
        return type == null || "n".equals(type);
    }

    /** The value of a {@code <v>} as the cell shows it: numbers in plain notation, shared strings looked up. */
    private String resolve(String raw) {
        if ("s".equals(type)) {
            String index = raw.strip();
            if (!index.matches("\\d{1," + MAX_INDEX_CHARS + "}") || Long.parseLong(index) > Integer.MAX_VALUE) {
                throw SpreadsheetRefusedException.at("import.file.corrupt", rowNumber, column);
            }
            return strings.get(Integer.parseInt(index), rowNumber, column, limits);
        }
        if (numericType()) {
            return plain(raw.strip());
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        }
        return raw;
    }

    /** A number in plain notation, refused when that notation would be longer than a field can hold. */
    private String plain(String raw) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (number.signum() == 0) {
            return "0";
        }
        number = number.stripTrailingZeros();
        // the length of toPlainString(), computed without writing it: digits, zeros added by the exponent, point, sign
        long scale = number.scale();
        long digits = number.precision();
        long length = scale <= 0 ? digits - scale : Math.max(digits, scale + 1) + 1;
        if (number.signum() < 0) {
            length++;
        }
        if (length > limits.maxNumericChars()) {
            throw SpreadsheetRefusedException.at("import.cell.numberTooLong", rowNumber, column, limits.maxNumericChars());
        }
        return number.toPlainString();
    }

    private SpreadsheetRefusedException tooLong() {
        if (numericType() && collectingValue()) {
            return SpreadsheetRefusedException.at("import.cell.numberTooLong", rowNumber, column, limits.maxNumericChars());
        }
        if ("s".equals(type) && collectingValue()) {
            return SpreadsheetRefusedException.at("import.file.corrupt", rowNumber, column);
        }
        return SpreadsheetRefusedException.at("import.cell.tooLong", rowNumber, column, limits.maxCellChars());
    }

    private boolean collectingValue() {
        return !inInline;
    }

    private void refuseIfOutside() {
        if (column < 0) {
            throw SpreadsheetRefusedException.at("import.cell.beyondTemplate", rowNumber, -1, shown(columnLetters));
        }
    }

    private static String shown(String letters) {
        return letters.length() > 10 ? letters.substring(0, 10) + "…" : letters;
    }

    private static int rowNumber(String r) {
        String digits = r.strip();
        if (!digits.matches("\\d{1,7}")) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        int n = Integer.parseInt(digits);
        if (n < 1) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        return n;
    }

    /** The letters of a reference such as {@code AB12}; a reference without them is damage. */
    static String lettersOf(String reference) {
        int end = 0;
        while (end < reference.length() && Character.toUpperCase(reference.charAt(end)) >= 'A' && Character.toUpperCase(reference.charAt(end)) <= 'Z') {
            end++;
        }
        if (end == 0) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        return reference.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }

    /** Column index of letters ({@code A} = 0); at most {@value #MAX_COLUMN_LETTERS} letters, so no overflow. */
    static int index(String letters) {
        int col = 0;
        for (int i = 0; i < letters.length(); i++) {
            col = col * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return col - 1;
    }

    /** Letters of a column index (0 = A). */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
