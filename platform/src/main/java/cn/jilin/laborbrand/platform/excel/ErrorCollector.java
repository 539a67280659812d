package cn.jilin.laborbrand.platform.excel;

import java.util.ArrayList;
import java.util.List;

/** Gathers the errors of a validation pass, keeping the first {@link ImportResult#MAX_REPORTED} and counting all. */
public final class ErrorCollector {

    private final List<ImportError> errors = new ArrayList<>();
    private int count;

    public void add(ImportError error) {
        count++;
        if (errors.size() < ImportResult.MAX_REPORTED) {
            errors.add(error);
        }
    }

    public void add(int row, String columnKey, String reasonKey, Object... arguments) {
        add(ImportError.of(row, columnKey, reasonKey, arguments));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public ImportResult rejected() {
        return new ImportResult(0, errors, count);
    }
}
