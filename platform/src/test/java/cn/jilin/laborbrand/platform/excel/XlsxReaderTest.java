package cn.jilin.laborbrand.platform.excel;

import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.number;
import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.shared;
import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.sheet;
import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.sst;
import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.text;
import static cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming reads of .xlsx within limits: cells by template column, numbers in plain notation, formulas flagged, what
 * a handler throws passed on unchanged, and refusals at each limit (the corpus test covers the hostile files at the
 * default limits; here the limits are made small to show they are counted, not read from the file's claims).
 */
class XlsxReaderTest {

    private static final SpreadsheetLimits SEVEN = SpreadsheetLimits.template(7);

    @TempDir
    Path dir;

    private Path file(byte[] content) throws Exception {
        Path file = Files.createTempFile(dir, "t", ".xlsx");
        Files.write(file, content);
        return file;
    }

    private static List<String> rows(Path file, SpreadsheetLimits limits) {
        List<String> seen = new ArrayList<>();
        XlsxReader.read(file, limits, (number, cells) -> seen.add(number + ":" + cells.stream()
                .map(c -> (c.text() == null ? "" : c.text()) + (c.formula() ? "=" : "")).toList()));
        return seen;
    }

    private static SpreadsheetRefusedException refusal(Path file, SpreadsheetLimits limits) {
        try {
            XlsxReader.read(file, limits, (n, c) -> { });
        } catch (SpreadsheetRefusedException e) {
            return e;
        }
        throw new AssertionError("the reader accepted " + file);
    }

    @Test
    void rowsArriveWithTheirNumbersAndExactlyTheTemplatesColumns() throws Exception {
        Path file = dir.resolve("a.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("表头");
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue("张三");
            row.createCell(2).setCellValue(13812345678d);
            row.createCell(3).setCellFormula("1+1");
            workbook.createSheet("填写说明").createRow(0).createCell(0).setCellValue("说明");
            workbook.write(out);
        }
        assertThat(rows(file, SpreadsheetLimits.template(4))).containsExactly("1:[表头, , , ]", "5:[张三, , 13812345678, =]");
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReadsTheSame() throws Exception {
        Path file = dir.resolve("s.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("s");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(1).setCellValue("行" + r);
            }
            workbook.write(out);
        }
        List<String> rows = rows(file, SpreadsheetLimits.template(2));
        assertThat(rows).hasSize(100).startsWith("1:[, 行0]").endsWith("100:[, 行99]");
    }

    @Test
    void numbersArriveInPlainNotationAndDatesAsDates() throws Exception {
        Path file = file(xlsx(sheet("<row r=\"2\">" + number("A2", "1.5E3") + number("B2", "2.20102199001011E+17") + number("C2", "46143")
                + number("D2", "-0.000125") + text("E2", "2026/05/01") + "</row>")));
        List<XlsxReader.Cell> seen = new ArrayList<>();
        XlsxReader.read(file, SEVEN, (n, cells) -> {
            if (n == 2) {
                seen.addAll(cells);
            }
        });
        assertThat(seen.stream().map(XlsxReader.Cell::text).toList()).startsWith("1500", "220102199001011000", "46143", "-0.000125", "2026/05/01");
        assertThat(seen.get(2).date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(seen.get(4).date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(new XlsxReader.Cell("1" + "0".repeat(29), true, false).date()).isNull();
        assertThat(seen.get(0).numeric()).isTrue();
        assertThat(seen.get(4).numeric()).isFalse();
    }

    @Test
    void aNumberOfThirtyPlainCharactersPassesAndOneMoreIsRefusedWithItsRowAndColumn() throws Exception {
        assertThat(rows(file(xlsx(sheet("<row r=\"2\">" + number("B2", "1E29") + "</row>"))), SEVEN)).contains("2:[, 1" + "0".repeat(29) + ", , , , , ]");
        SpreadsheetRefusedException refused = refusal(file(xlsx(sheet("<row r=\"3\">" + number("B3", "1E30") + "</row>"))), SEVEN);
        assertThat(refused.messageKey()).isEqualTo("import.cell.numberTooLong");
        assertThat(refused.error(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6"))).isEqualTo(new ImportError(3, "c1", "import.cell.numberTooLong", List.of("30")));
    }

    @Test
    void anEmptyStyledCellBeyondTheTemplateIsPassedOverButAValueThereIsRefusedWithItsLetters() throws Exception {
        assertThat(rows(file(xlsx(sheet("<row r=\"2\">" + text("A2", "张三") + "<c r=\"XFD2\" s=\"3\"/><c r=\"ZZZZZZ2\"><v> </v></c></row>"))), SEVEN))
                .contains("2:[张三, , , , , , ]");
        SpreadsheetRefusedException refused = refusal(file(xlsx(sheet("<row r=\"2\">" + text("ZZZZZZ2", "x") + "</row>"))), SEVEN);
        assertThat(refused.error(null)).isEqualTo(new ImportError(2, null, "import.cell.beyondTemplate", List.of("ZZZZZZ")));
    }

    @Test
    void rowsAreCountedAsTheyComeNotAsTheDimensionClaims() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r <= 11; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(text("A" + r, "人" + r)).append("</row>");
        }
        Path file = file(xlsx(sheet(rows.toString()).replace("<sheetData>", "<dimension ref=\"A1:B2\"/><sheetData>")));
        assertThat(rows(file, SEVEN.withMaxRows(11))).hasSize(11);
        SpreadsheetRefusedException refused = refusal(file, SEVEN.withMaxRows(10));
        assertThat(refused.messageKey()).isEqualTo("import.file.tooManyRows");
        assertThat(refused.row()).isEqualTo(11);
    }

    @Test
    void sharedStringsAreCountedAsTheyComeWhateverTheTableClaims() throws Exception {
        String items = "<si><t>甲</t></si><si><t>乙乙</t></si><si><t>丙丙丙</t></si>";
        Path claimsOne = file(xlsx(sheet("<row r=\"2\">" + shared("A2", 2) + "</row>"), sst(1, items)));
        assertThat(rows(claimsOne, SEVEN.withSharedStrings(3, 6))).contains("2:[丙丙丙, , , , , , ]");
        assertThat(refusal(claimsOne, SEVEN.withSharedStrings(2, 100)).messageKey()).isEqualTo("import.file.tooManyStrings");
        assertThat(refusal(claimsOne, SEVEN.withSharedStrings(100, 5)).messageKey()).isEqualTo("import.file.tooManyStrings");
    }

    @Test
    void phoneticRunsAndRichTextRunsOfSharedStringsReadAsTheCellShowsThem() throws Exception {
        Path file = file(xlsx(sheet("<row r=\"2\">" + shared("A2", 0) + "</row>"),
                sst(0, "<si><r><t>长</t></r><r><t>春</t></r><rPh sb=\"0\" eb=\"1\"><t>チョウ</t></rPh></si>")));
        assertThat(rows(file, SEVEN)).contains("2:[长春, , , , , , ]");
    }

    @Test
    void aPartClaimingMoreThanThePartLimitIsRefusedUnopened() throws Exception {
        Path file = file(xlsx(sheet("<row r=\"2\">" + text("A2", "张三") + "</row>")));
        assertThat(refusal(file, SEVEN.withMaxPartBytes(100)).messageKey()).isEqualTo("import.file.zipBomb");
    }

    @Test
    void whatTheRowHandlerThrowsComesOutUnchanged() throws Exception {
        Path file = file(xlsx(sheet("")));
        IllegalStateException thrown = new IllegalStateException("the handler's own");
        assertThatThrownBy(() -> XlsxReader.read(file, SEVEN, (n, c) -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void aTemplateWiderThanSixtyFourColumnsCannotBeDeclared() {
        assertThatThrownBy(() -> SpreadsheetLimits.template(65)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpreadsheetLimits.template(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnLettersBecomeIndexesAndBack() {
        assertThat(SheetReader.index("A")).isZero();
        assertThat(SheetReader.index("G")).isEqualTo(6);
        assertThat(SheetReader.index("AB")).isEqualTo(27);
        assertThat(SheetReader.index("XFD")).isEqualTo(16_383);
        assertThat(SheetReader.lettersOf("ab12")).isEqualTo("AB");
        assertThat(SheetReader.letters(27)).isEqualTo("AB");
        assertThat(SheetReader.letters(16_383)).isEqualTo("XFD");
    }

    @Test
    void relationshipTargetsResolveWithinThePackage() {
        assertThat(XlsxPackage.resolve("xl/workbook.xml", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/workbook.xml", "/xl/worksheets/sheet%201.xml")).isEqualTo("xl/worksheets/sheet 1.xml");
        assertThat(XlsxPackage.resolve("xl/workbook.xml", "../xl/./sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThatThrownBy(() -> XlsxPackage.resolve("xl/workbook.xml", "../../etc/passwd")).isInstanceOf(SpreadsheetRefusedException.class);
        assertThat(XlsxPackage.relationshipsOf("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
    }

    @Test
    void aTemplateWrittenForDownloadReadsBackAsItsHeader() throws Exception {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxTemplate.write("名册", List.of("姓名", "公民身份号码"), List.of("说明"), out);
        }
        assertThat(rows(file, SpreadsheetLimits.template(2))).containsExactly("1:[姓名, 公民身份号码]");
    }
}
