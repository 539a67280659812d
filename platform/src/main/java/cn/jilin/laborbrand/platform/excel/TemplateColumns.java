package cn.jilin.laborbrand.platform.excel;

import java.util.List;

/**
 * The columns of an import template, in order: the Chinese headers its first row must carry and the message keys
 * that name each column in the error report. Gives the reader its width and the checks every import makes.
 */
public record TemplateColumns(List<String> headers, List<String> keys) {

    public TemplateColumns {
        headers = List.copyOf(headers);
        keys = List.copyOf(keys);
        if (headers.size() != keys.size()) {
            throw new IllegalArgumentException("one key per header");
        }
    }

    /** The limits every import of this template reads within. */
    public SpreadsheetLimits limits() {
        return SpreadsheetLimits.template(headers.size());
    }

    public String key(int column) {
        return column >= 0 && column < keys.size() ? keys.get(column) : null;
    }

    /** Reports each header cell that is not the template's. */
    public void checkHeader(int rowNumber, List<XlsxReader.Cell> cells, ErrorCollector errors) {
        for (int i = 0; i < headers.size(); i++) {
            String found = i < cells.size() ? cells.get(i).text() : null;
            if (!headers.get(i).equals(found)) {
                errors.add(rowNumber, keys.get(i), "import.header.mismatch", headers.get(i));
            }
        }
    }

    /** Reports each cell holding a formula (imports take typed values, not cached results); true when there was one. */
    public boolean refuseFormulas(int rowNumber, List<XlsxReader.Cell> cells, ErrorCollector errors) {
        boolean found = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).formula()) {
                errors.add(rowNumber, key(i), "import.cell.formula");
                found = true;
            }
        }
        return found;
    }

    /** The stripped text of a cell, or null when it is blank. */
    public static String text(List<XlsxReader.Cell> cells, int column) {
        if (column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        return cells.get(column).text().strip();
    }
}
