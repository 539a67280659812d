package cn.jilin.laborbrand.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty import template: the Chinese headers in bold on the first row and every column formatted as text, so that a
 * typed 18-digit resident ID or a phone number stays as typed instead of turning into a rounded number.
 */
public final class XlsxTemplate {

    private XlsxTemplate() {
    }

    public static void write(String sheetName, List<String> headers, List<String> notes, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(format.getFormat("@"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 1 ? 24 : 16) * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
            if (notes != null && !notes.isEmpty()) {
                Sheet help = workbook.createSheet("填写说明");
                for (int i = 0; i < notes.size(); i++) {
                    help.createRow(i).createCell(0).setCellValue(notes.get(i));
                }
                help.setColumnWidth(0, 90 * 256);
            }
            workbook.write(out);
        }
    }
}
