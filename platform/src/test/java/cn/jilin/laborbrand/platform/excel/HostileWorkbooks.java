package cn.jilin.laborbrand.platform.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of hostile workbooks under {@code src/test/resources/hostile-workbooks/}: each file with the message key
 * every import must answer it with, listed in {@code manifest.tsv} (written by {@link HostileWorkbookGenerator}).
 * Shared with the other modules' tests through platform's test jar.
 */
public final class HostileWorkbooks {

    public static final String DIRECTORY = "hostile-workbooks";
    public static final String MANIFEST = "manifest.tsv";

    /** The key of files whose lies the reader must read through harmlessly; the imports then refuse their header. */
    public static final String READ_THROUGH = "import.header.mismatch";

    /** One file of the corpus: its name, the answer it must get, and what it is. */
    public record Workbook(String file, String messageKey, String what) {

        /** Whether the reader itself refuses it (else it reads it and the import refuses the made-up header). */
        public boolean refusedByReader() {
            return !READ_THROUGH.equals(messageKey);
        }

        public byte[] content() {
            try (InputStream in = HostileWorkbooks.class.getResourceAsStream("/" + DIRECTORY + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the corpus: " + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private HostileWorkbooks() {
    }

    /** Every file of the manifest, in its order. */
    public static List<Workbook> all() {
        try (InputStream in = HostileWorkbooks.class.getResourceAsStream("/" + DIRECTORY + "/" + MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("no manifest: run HostileWorkbookGenerator");
            }
            List<Workbook> workbooks = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                workbooks.add(new Workbook(fields[0], fields[1], fields.length > 2 ? fields[2] : ""));
            }
            return workbooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workbook named(String file) {
        return all().stream().filter(w -> w.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the corpus: " + file));
    }
}
