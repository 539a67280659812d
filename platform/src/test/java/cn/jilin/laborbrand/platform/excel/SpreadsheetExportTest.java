package cn.jilin.laborbrand.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetExportTest {

    @Test
    void writesHeadersAndRowsWithFormulasNeutralised() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetExport.write("审计日志", List.of("名称", "金额", "时间"), List.of(
                List.of("=HYPERLINK(\"http://evil\")", new BigDecimal("12.50"), Instant.parse("2025-01-01T00:00:00Z")),
                Arrays.asList("@SUM(A1)", null, "-1+1"),
                List.of("吉林大米农技工", 3, "普通文本")), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("审计日志");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2025-01-01 08:00:00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'-1+1");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("吉林大米农技工");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }
}
