package cn.jilin.laborbrand.platform.excel;

/**
 * What an import accepts of an .xlsx file, whatever the file says about itself: the template's width and explicit
 * bounds on rows, cells, shared strings, sheets, zip entries, inflated sizes and XML structure. The defaults of
 * {@link #template(int)} are far above real use (a 100,000-row roster passes with room to spare) and keep the memory of
 * one import to a few tens of megabytes.
 *
 * @param columns              the template's columns; a cell with a value further right is refused, never padded to
 * @param maxRows              non-empty rows, the header included
 * @param maxCellChars         characters of one text cell
 * @param maxNumericChars      characters of a number, as written and in plain notation ({@code 1E999999999} is refused)
 * @param maxSharedStrings     entries of the shared-strings table (also its declared {@code uniqueCount})
 * @param maxSharedStringChars characters kept of all shared strings together
 * @param maxSheets            worksheets in the workbook
 * @param maxZipEntries        entries in the zip archive
 * @param maxFileBytes         bytes of the upload
 * @param maxPartBytes         inflated bytes of one XML part the reader parses (declared and actual)
 * @param maxInflateRatio      inflated / compressed bytes of a part, checked beyond its first {@link #INFLATE_GRACE_BYTES}
 * @param maxDepth             nesting of XML elements
 * @param maxMarkupBytes       bytes of one XML token: a tag with its attributes, a comment, a text run between tags
 */
public record SpreadsheetLimits(int columns, int maxRows, int maxCellChars, int maxNumericChars, int maxSharedStrings,
                                int maxSharedStringChars, int maxSheets, int maxZipEntries, long maxFileBytes, long maxPartBytes,
                                int maxInflateRatio, int maxDepth, int maxMarkupBytes) {

    /** The widest template an import may declare. */
    public static final int MAX_COLUMNS = 64;

    /** Inflated bytes of a part before its compression ratio is judged (small parts of repeated XML compress well). */
    public static final long INFLATE_GRACE_BYTES = 1024 * 1024;

    public SpreadsheetLimits {
        if (columns < 1 || columns > MAX_COLUMNS) {
            throw new IllegalArgumentException("a template has 1 to " + MAX_COLUMNS + " columns, not " + columns);
        }
        if (maxRows < 1 || maxCellChars < 1 || maxNumericChars < 1 || maxSharedStrings < 0 || maxSharedStringChars < 0 || maxSheets < 1
                || maxZipEntries < 1 || maxFileBytes < 1 || maxPartBytes < 1 || maxInflateRatio < 1 || maxDepth < 1
                || maxMarkupBytes < 1024) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxCellChars > 65_535 || maxSharedStringChars > 100_000_000) {
            throw new IllegalArgumentException("at most 65,535 characters a cell and 100,000,000 shared");
        }
    }

    /** The limits every import starts from, for a template of {@code columns} columns. */
    public static SpreadsheetLimits template(int columns) {
        return new SpreadsheetLimits(columns, 200_000, 4_000, 30, 1_500_000, 16_000_000, 50, 500, 20L * 1024 * 1024,
                256L * 1024 * 1024, 100, 64, 256 * 1024);
    }

    public SpreadsheetLimits withMaxRows(int rows) {
        return new SpreadsheetLimits(columns, rows, maxCellChars, maxNumericChars, maxSharedStrings, maxSharedStringChars, maxSheets,
                maxZipEntries, maxFileBytes, maxPartBytes, maxInflateRatio, maxDepth, maxMarkupBytes);
    }

    public SpreadsheetLimits withSharedStrings(int strings, int chars) {
        return new SpreadsheetLimits(columns, maxRows, maxCellChars, maxNumericChars, strings, chars, maxSheets, maxZipEntries,
                maxFileBytes, maxPartBytes, maxInflateRatio, maxDepth, maxMarkupBytes);
    }

    public SpreadsheetLimits withMaxPartBytes(long bytes) {
        return new SpreadsheetLimits(columns, maxRows, maxCellChars, maxNumericChars, maxSharedStrings, maxSharedStringChars, maxSheets,
                maxZipEntries, maxFileBytes, bytes, maxInflateRatio, maxDepth, maxMarkupBytes);
    }
}
