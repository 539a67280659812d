package cn.jilin.laborbrand.platform.excel;

import java.util.Arrays;
import java.util.List;

/**
 * The reader refuses the upload as a whole: it is no .xlsx, it is damaged, or it passes one of its
 * {@link SpreadsheetLimits}. Carries the message key and its arguments, and where the reader was (the row as the
 * spreadsheet numbers it, 0 for the file as a whole; the template column, -1 for none).
 */
public class SpreadsheetRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;
    private final int row;
    private final int column;

    /** The file as a whole is refused. */
    public SpreadsheetRefusedException(String messageKey, Object... arguments) {
        this(messageKey, 0, -1, arguments);
    }

    /** Refused at a row ({@code column} -1 for none, or a cell beyond the template). */
    public static SpreadsheetRefusedException at(String messageKey, int row, int column, Object... arguments) {
        return new SpreadsheetRefusedException(messageKey, row, column, arguments);
    }

    private SpreadsheetRefusedException(String messageKey, int row, int column, Object[] arguments) {
        super(messageKey + (row > 0 ? " at row " + row : ""), null, false, false);
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
        this.row = row;
        this.column = column;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    /** The refusal as a line of the import report, naming the column by the template's key when it is one. */
    public ImportError error(List<String> columnKeys) {
        String columnKey = columnKeys != null && column >= 0 && column < columnKeys.size() ? columnKeys.get(column) : null;
        return new ImportError(row, columnKey, messageKey, arguments);
    }

    /** The whole file refused: the report of an import that stored nothing. */
    public ImportResult result(List<String> columnKeys) {
        return ImportResult.rejected(error(columnKeys));
    }
}
