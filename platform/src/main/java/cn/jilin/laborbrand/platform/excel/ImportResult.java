package cn.jilin.laborbrand.platform.excel;

import java.io.Serializable;
import java.util.List;

/**
 * What an all-or-nothing import did: either every row was stored ({@code imported} rows, no errors) or none was, and
 * {@code errors} says why (at most {@value #MAX_REPORTED} of them; {@code errorCount} counts all).
 */
public record ImportResult(int imported, List<ImportError> errors, int errorCount) implements Serializable {

    public static final int MAX_REPORTED = 10_000;

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errorCount == 0;
    }

    public static ImportResult stored(int rows) {
        return new ImportResult(rows, List.of(), 0);
    }

    /** Nothing stored, for one reason (the file as a whole, usually). */
    public static ImportResult rejected(ImportError error) {
        return new ImportResult(0, List.of(error), 1);
    }
}
