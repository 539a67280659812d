package cn.jilin.laborbrand.platform.excel;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an import was refused: the row as the spreadsheet numbers it (0 for the file as a whole), the column's
 * message key (null when the row as a whole is at fault), and the reason's message key with its arguments.
 */
public record ImportError(int row, String columnKey, String reasonKey, List<String> arguments) implements Serializable {

    public ImportError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static ImportError of(int row, String columnKey, String reasonKey, Object... arguments) {
        return new ImportError(row, columnKey, reasonKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
