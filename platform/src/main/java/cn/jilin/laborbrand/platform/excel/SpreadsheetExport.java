package cn.jilin.laborbrand.platform.excel;

import cn.jilin.laborbrand.platform.PlatformTime;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of a list to .xlsx, streaming (only a window of rows stays in memory). Text that a spreadsheet
 * would run as a formula — starting with {@code = + - @}, or a tab or carriage return — is prefixed with an apostrophe
 * (OWASP CSV/formula injection).
 */
public final class SpreadsheetExport {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SpreadsheetExport() {
    }

    /** Writes {@code headers} then {@code rows} to {@code out}; cells may be text, numbers, dates, instants or null. */
    public static void write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(neutralise(headers.get(i)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    set(row.createCell(i), values.get(i));
                }
            }
            workbook.write(out);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Instant t) {
            cell.setCellValue(DATE_TIME.format(t.atZone(PlatformTime.ZONE)));
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(DATE_TIME.format(t));
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d.toString());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(neutralise(value.toString()));
        }
    }

    /** Makes text inert in a spreadsheet: it will show, never run. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
