package cn.jilin.laborbrand.platform.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The one reader of every spreadsheet import: the first sheet of an .xlsx, row by row (SAX, so a roster of 100,000 rows
 * never sits in memory as a workbook), bounded by {@link SpreadsheetLimits} whatever the file says about itself. It
 * refuses, with a message key ({@link SpreadsheetRefusedException}), rather than pad or expand: a cell beyond the
 * template's columns, a number whose plain notation is longer than a field can hold, a shared-strings table or sheet
 * past its limits, a DOCTYPE, deep nesting, too many sheets, rows or zip entries, a zip bomb, and files that are not
 * .xlsx (CSV, old .xls, pictures, Word or OpenDocument files, damaged zips). Formulas are reported on their cell:
 * imports refuse them rather than trust a cached result.
 */
public final class XlsxReader {

    /** One cell as read: its text (numbers in plain notation, shared and inline strings resolved), and whether it held a formula. */
    public record Cell(String text, boolean numeric, boolean formula) {

        static final Cell BLANK = new Cell(null, false, false);

        public boolean isBlank() {
            return text == null || text.isBlank();
        }

        /** An Excel date (a serial number) or text {@code yyyy-MM-dd} (also with / or .); null when it is neither. */
        public LocalDate date() {
            if (isBlank()) {
                return null;
            }
            if (numeric) {
                try {
                    double serial = new BigDecimal(text).doubleValue();
                    // Excel's dates end at 9999-12-31 (serial 2,958,465); a larger number is no date
                    return DateUtil.isValidExcelDate(serial) && serial < 2_958_466 ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            try {
                return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /**
     * Receives each non-empty row: its 1-based number as the spreadsheet shows it, and exactly the template's columns
     * (0 = A; a column the row leaves out is a blank cell).
     */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<Cell> cells);
    }

    private XlsxReader() {
    }

    /**
     * Reads every row of the first sheet of {@code file} within {@code limits}, or refuses the file as a whole with
     * {@link SpreadsheetRefusedException}. What the handler throws comes out unchanged.
     */
    public static void read(Path file, SpreadsheetLimits limits, RowHandler handler) {
        try (XlsxPackage pkg = XlsxPackage.open(file, limits)) {
            XlsxPackage.Parts parts = pkg.parts(pkg.workbookPart());
            SharedStrings strings = parts.sharedStrings() == null ? SharedStrings.none()
                    : SharedStrings.read(pkg.open(parts.sharedStrings()), limits);
            BoundedXml.parse(pkg.open(parts.firstSheet()), limits, new SheetReader(limits, strings, handler));
        } catch (HandlerFailure failure) {
            throw failure.original();
        }
    }

    /** Wraps what an import's row handler throws, so that the parser's failures are not mistaken for it, nor it for them. */
    static final class HandlerFailure extends RuntimeException {

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }

        static HandlerFailure in(Throwable failure) {
            Map<Throwable, Boolean> seen = new IdentityHashMap<>();
            for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
                if (t instanceof HandlerFailure found) {
                    return found;
                }
            }
            return null;
        }
    }
}
