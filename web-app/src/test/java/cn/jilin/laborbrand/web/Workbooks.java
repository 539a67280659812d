package cn.jilin.laborbrand.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What an exported workbook says, for tests that look for a value in it (or its absence). */
public final class Workbooks {

    private Workbooks() {
    }

    /** The first sheet's cells as text: cells separated by '|', rows by a new line. */
    public static String text(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
