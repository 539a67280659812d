package cn.jilin.laborbrand.training.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming reads of .xlsx: cells by column, numbers in plain notation, formulas flagged, other files refused. */
class XlsxRowsTest {

    @TempDir
    Path dir;

    @Test
    void rowsArriveWithTheirNumbersAndCellsByColumn() throws Exception {
        Path file = dir.resolve("a.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("表头");
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue("张三");
            row.createCell(2).setCellValue(13812345678d);
            row.createCell(3).setCellFormula("1+1");
            workbook.write(out);
        }
        List<String> seen = new ArrayList<>();
        XlsxRows.read(file, (number, cells) -> seen.add(number + ":" + cells.stream()
                .map(c -> (c.text() == null ? "" : c.text()) + (c.formula() ? "=" : "")).toList()));
        assertThat(seen).containsExactly("1:[表头]", "5:[张三, , 13812345678, =]");
    }

    @Test
    void columnLettersBecomeIndexes() {
        assertThat(XlsxRows.column("A1")).isZero();
        assertThat(XlsxRows.column("G12")).isEqualTo(6);
        assertThat(XlsxRows.column("AB3")).isEqualTo(27);
    }

    @Test
    void aFileThatIsNoZipIsRefusedAsNotXlsx() throws Exception {
        Path file = dir.resolve("b.xlsx");
        Files.writeString(file, "姓名,身份证\n");
        assertThatThrownBy(() -> XlsxRows.read(file, (n, c) -> { }))
                .isInstanceOfSatisfying(UnreadableSpreadsheetException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.notXlsx"));
    }
}
