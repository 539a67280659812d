package cn.jilin.laborbrand.platform.excel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Writes the corpus of hostile workbooks and its manifest into {@code platform/src/test/resources/hostile-workbooks/}.
 * Run it from the worktree root when the corpus changes:
 * <pre>
 * ./mvnw -q -pl platform test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp platform/target/test-classes:platform/target/classes:$(cat platform/target/cp.txt) \
 *     cn.jilin.laborbrand.platform.excel.HostileWorkbookGenerator
 * </pre>
 * The output is deterministic (fixed zip times, seeded noise) for one zlib.
 * Files are made for a template of 7 columns (the roster's and the certificates' width), their header the roster's.
 */
public final class HostileWorkbookGenerator {

    static final List<String> HEADER = List.of("姓名", "公民身份号码", "手机号码", "户籍地区代码", "重点群体", "就业单位", "就业时间");

    private final List<String[]> manifest = new ArrayList<>();
    private final Path directory;

    private HostileWorkbookGenerator(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "platform/src/test/resources/" + HostileWorkbooks.DIRECTORY);
        Files.createDirectories(directory);
        new HostileWorkbookGenerator(directory).generate();
    }

    private void generate() throws Exception {
        String row2 = "<row r=\"2\">%s</row>";
        // ---- cells beyond the template and numbers longer than a field
        put("column-zzzzzz.xlsx", "import.cell.beyondTemplate", "a value in cell ZZZZZZ2 (the demo's 4 KB roster that grew the portal to 6.7 GB)",
                xlsx(sheet(row2.formatted(text("A2", "张三") + text("ZZZZZZ2", "x")))));
        put("column-h-beyond-template.xlsx", "import.cell.beyondTemplate", "a value in column H, one right of the 7-column template",
                xlsx(sheet(row2.formatted(text("A2", "张三") + text("H2", "备注")))));
        put("column-reference-overflow.xlsx", "import.cell.beyondTemplate", "a column reference of 40 letters, which overflows an int",
                xlsx(sheet(row2.formatted(text("A".repeat(40) + "2", "x")))));
        put("column-implied-beyond-template.xlsx", "import.cell.beyondTemplate", "eight cells without references: the eighth is column H",
                xlsx(sheet(row2.formatted("<c t=\"inlineStr\"><is><t>v</t></is></c>".repeat(8)))));
        put("formula-beyond-template.xlsx", "import.cell.beyondTemplate", "a formula in column AA",
                xlsx(sheet(row2.formatted(text("A2", "张三") + "<c r=\"AA2\"><f>1+1</f></c>"))));
        put("number-huge-exponent.xlsx", "import.cell.numberTooLong", "a number cell holding 1E999999999 (a billion digits in plain notation)",
                xlsx(sheet(row2.formatted(number("B2", "1E999999999")))));
        put("number-tiny-exponent.xlsx", "import.cell.numberTooLong", "a number cell holding 1E-999999999",
                xlsx(sheet(row2.formatted(number("C2", "1E-999999999")))));
        put("number-many-digits.xlsx", "import.cell.numberTooLong", "a number of 5,000 digits",
                xlsx(sheet(row2.formatted(number("B2", "9".repeat(5000))))));
        // ---- text and shared strings
        put("cell-text-too-long.xlsx", "import.cell.tooLong", "an inline string of 40,000 characters (Excel itself stops at 32,767)",
                xlsx(sheet(row2.formatted(text("A2", "长".repeat(40_000))))));
        put("shared-string-too-long.xlsx", "import.cell.tooLong", "a shared string of 40,000 characters used in A2",
                xlsx(sheet(row2.formatted(shared("A2", 1))), sst(1, "<si><t>短</t></si><si><t>" + "长".repeat(40_000) + "</t></si>")));
        put("shared-strings-declared-count.xlsx", "import.file.tooManyStrings", "a shared-strings table that claims 2,000,000,000 entries",
                xlsx(sheet(row2.formatted(shared("A2", 0))), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
                        + "\" count=\"2000000000\" uniqueCount=\"2000000000\"><si><t>张三</t></si></sst>"));
        put("shared-strings-too-many.xlsx", "import.file.tooManyStrings", "1,500,001 shared strings (deflated about 1:70, under the bomb ratio)",
                xlsx(sheet(row2.formatted(shared("A2", 0))), sst(0, tuned(rate -> items(1_500_001, r -> "<si/>" + blank(r, rate))))));
        put("shared-strings-too-large.xlsx", "import.file.tooManyStrings", "4,100 shared strings of 4,000 characters: 16.4 million in all",
                xlsx(sheet(row2.formatted(shared("A2", 0))), sst(0, tuned(rate -> items(4_100, r -> "<si><t>" + noise(r, 4_000, rate) + "</t></si>")))));
        // ---- XML structure
        String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">" + laughs() + "]>";
        put("doctype-billion-laughs.xlsx", "import.file.doctype", "a sheet declaring nested entities (billion laughs)",
                xlsx(XML + laughs + sheetBody(row2.formatted("<c r=\"A2\" t=\"inlineStr\"><is><t>&i;</t></is></c>"))));
        put("doctype-external-entity.xlsx", "import.file.doctype", "shared strings with an external entity (XXE) naming /etc/passwd",
                xlsx(sheet(row2.formatted(shared("A2", 0))), XML + "<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst xmlns=\""
                        + MAIN + "\"><si><t>&x;</t></si></sst>"));
        put("doctype-in-workbook.xlsx", "import.file.doctype", "a DOCTYPE in xl/workbook.xml",
                zip(parts(sheet(""), null, XML + "<!DOCTYPE workbook [<!ENTITY w \"w\">]>" + workbookBody(1))));
        put("doctype-in-relationships.xlsx", "import.file.doctype", "a DOCTYPE in the package relationships (_rels/.rels)",
                zip(with(parts(sheet(""), null, null), "_rels/.rels", XML + "<!DOCTYPE Relationships [<!ENTITY r \"r\">]>" + ROOT_RELS_BODY)));
        put("deep-nesting.xlsx", "import.file.tooDeep", "100,000 nested elements in the sheet",
                xlsx(sheet("<row r=\"2\"><c r=\"A2\">" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</c></row>")));
        put("markup-huge-attribute.xlsx", "import.file.markupTooLong", "an attribute value of 1 MB",
                xlsx(sheet(row2.formatted("<c r=\"A2\" s=\"" + "9".repeat(1 << 20) + "\"/>"))));
        put("markup-huge-comment.xlsx", "import.file.markupTooLong", "a comment of 1 MB with < and > inside",
                xlsx(sheet("<!--" + "<a>".repeat(350_000) + "-->")));
        put("utf16-sheet.xlsx", "import.file.corrupt", "a sheet in UTF-16, which the markup guard cannot vet",
                zip(with(parts(sheet(""), null, null), "xl/worksheets/sheet1.xml",
                        sheet(row2.formatted(text("A2", "张三"))).replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16))));
        // ---- counts
        put("too-many-sheets.xlsx", "import.file.tooManySheets", "a workbook listing 1,000 sheets",
                zip(parts(sheet(""), null, XML + workbookBody(1000))));
        put("too-many-rows.xlsx", "import.file.tooManyRows", "200,001 data rows under the header (compressed 1:60)",
                xlsx(sheet(tuned(rate -> items(200_001, r -> "<row><c><v>1</v></c></row>" + blank(r, rate))))));
        Map<String, Object> manyEntries = parts(sheet(row2.formatted(text("A2", "张三"))), null, null);
        for (int i = 0; i < 600; i++) {
            manyEntries.put("customXml/item" + i + ".xml", "<a/>");
        }
        put("zip-too-many-entries.xlsx", "import.file.tooManyEntries", "a workbook with 600 more zip entries", zip(manyEntries));
        // ---- zip bombs: tiny on disk
        // small tokens, so that neither a cell nor a markup limit is met before the inflation guard
        String empties = "<x/>".repeat(5 << 20);
        put("zip-bomb-sheet.xlsx", "import.file.zipBomb", "a sheet of 20 MB of empty elements in 20 KB",
                xlsx(sheet(row2.formatted(text("A2", "张三")) + empties)));
        put("zip-bomb-shared-strings.xlsx", "import.file.zipBomb", "shared strings of 20 MB of empty strings in 20 KB",
                xlsx(sheet(row2.formatted(shared("A2", 0))), sst(0, "<si/>".repeat(4 << 20))));
        put("zip-bomb-lying-size.xlsx", "import.file.zipBomb", "a 20 MB sheet whose central directory claims 1 KB",
                declaredSize(xlsx(sheet(row2.formatted(text("A2", "张三")) + empties)), "xl/worksheets/sheet1.xml", 1024));
        put("zip-bomb-declared-size.xlsx", "import.file.zipBomb", "a sheet that claims to inflate to 4 GB",
                declaredSize(xlsx(sheet(row2.formatted(text("A2", "张三")))), "xl/worksheets/sheet1.xml", 0xFFFF_FFFEL));
        // ---- files that are not what they claim
        put("roster.csv", "import.file.notXlsx", "a CSV roster", "姓名,公民身份号码\n张三,220102199001011234\n".getBytes(StandardCharsets.UTF_8));
        put("old-excel.xls", "import.file.xls", "an old Excel 97-2003 workbook (OLE2)", oldExcel());
        put("picture.png", "import.file.notXlsx", "a picture", png());
        put("word-document.docx", "import.file.notXlsx", "a Word document (an Office zip, but no workbook)", docx());
        put("opendocument-spreadsheet.ods", "import.file.notXlsx", "an OpenDocument spreadsheet (a zip without Office parts)",
                zip(odf("application/vnd.oasis.opendocument.spreadsheet")));
        put("opendocument-text.odt", "import.file.notXlsx", "an OpenDocument text", zip(odf("application/vnd.oasis.opendocument.text")));
        put("plain.zip", "import.file.notXlsx", "a zip of a text file", zip(new LinkedHashMap<>(Map.of("readme.txt", "hello"))));
        put("binary-workbook.xlsb", "import.file.notXlsx", "an Excel binary workbook (.xlsb)", xlsb());
        byte[] whole = xlsx(sheet(row2.formatted(text("A2", "张三") + text("B2", "220102199001011234"))));
        put("truncated.xlsx", "import.file.corrupt", "the first half of a workbook", Arrays.copyOf(whole, whole.length / 2));
        put("empty.xlsx", "import.file.empty", "a file of no bytes", new byte[0]);
        put("row-number-beyond-excel.xlsx", "import.file.corrupt", "a row numbered 99,999,999 (Excel stops at 1,048,576)",
                xlsx(sheet("<row r=\"99999999\">" + text("A99999999", "张三") + "</row>")));
        put("shared-string-index-out-of-range.xlsx", "import.file.corrupt", "a cell naming shared string 2,147,483,647 of 1",
                xlsx(sheet(row2.formatted(shared("A2", Integer.MAX_VALUE))), sst(0, "<si><t>张三</t></si>")));
        put("external-sheet.xlsx", "import.file.corrupt", "the sheet's relationship points outside the file (http://...)",
                zip(with(parts(sheet(""), null, null), "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PKG_RELS
                        + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"http://example.com/sheet1.xml\" "
                        + "TargetMode=\"External\"/></Relationships>")));
        // ---- lies the reader reads through, bounded: the imports then refuse the made-up header
        put("claims-dimension-spans-columns.xlsx", HostileWorkbooks.READ_THROUGH,
                "claims A1:XFD1048576, spans of 16,384 columns, a styled empty cell in XFD and 2 billion string uses",
                xlsx(XML + "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:XFD1048576\"/><cols><col min=\"1\" max=\"16384\" width=\"9\"/>"
                        + "</cols><sheetData><row r=\"1\" spans=\"1:16384\">" + shared("A1", 0) + "<c r=\"XFD1\" s=\"1\"/></row>"
                        + "<row r=\"1048576\" spans=\"1:16384\">" + text("A1048576", "张三") + "</row></sheetData></worksheet>",
                        XML + "<sst xmlns=\"" + MAIN + "\" count=\"2147483647\" uniqueCount=\"1\"><si><t>伪造表头</t></si></sst>"));
        writeManifest();
    }

    // ---- the manifest ---------------------------------------------------------------------------------------------------

    private void put(String file, String key, String what, byte[] content) throws IOException {
        Files.write(directory.resolve(file), content);
        manifest.add(new String[]{file, key, what});
        System.out.printf("%-40s %8d bytes  %s%n", file, content.length, key);
    }

    private void writeManifest() throws IOException {
        StringBuilder out = new StringBuilder("# file\tthe answer every import must give (message key)\twhat it is\n"
                + "# written by HostileWorkbookGenerator; " + HostileWorkbooks.READ_THROUGH + " = the reader reads it, the import refuses its header\n");
        for (String[] line : manifest) {
            out.append(String.join("\t", line)).append('\n');
        }
        Files.writeString(directory.resolve(HostileWorkbooks.MANIFEST), out.toString());
    }

    // ---- workbook parts -------------------------------------------------------------------------------------------------

    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String ROOT_RELS_BODY = "<Relationships xmlns=\"" + PKG_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    /** A sheet: the roster's header (inline strings) on row 1, then {@code rows}. */
    static String sheet(String rows) {
        return XML + sheetBody(rows);
    }

    static String sheetBody(String rows) {
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < HEADER.size(); i++) {
            header.append(text((char) ('A' + i) + "1", HEADER.get(i)));
        }
        return "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheetData>" + header + "</row>" + rows + "</sheetData></worksheet>";
    }

    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    static String shared(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static String sst(int declared, String items) {
        return XML + "<sst xmlns=\"" + MAIN + "\"" + (declared > 0 ? " uniqueCount=\"" + declared + "\"" : "") + ">" + items + "</sst>";
    }

    static String workbookBody(int sheets) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= sheets; i++) {
            list.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId1\"/>");
        }
        return "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>" + list + "</sheets></workbook>";
    }

    /** The parts of a minimal workbook; a null shared-strings or workbook part takes the default (none, one sheet). */
    static Map<String, Object> parts(String sheet, String sharedStrings, String workbook) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", XML + ROOT_RELS_BODY);
        parts.put("xl/workbook.xml", workbook != null ? workbook : XML + workbookBody(1));
        parts.put("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PKG_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\""
                + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        return parts;
    }

    static Map<String, Object> with(Map<String, Object> parts, String name, Object content) {
        parts.put(name, content);
        return parts;
    }

    static byte[] xlsx(String sheet) throws IOException {
        return zip(parts(sheet, null, null));
    }

    static byte[] xlsx(String sheet, String sharedStrings) throws IOException {
        return zip(parts(sheet, sharedStrings, null));
    }

    /** A zip of the parts (text as UTF-8, or bytes), deflated at the highest level, with a fixed time for every entry. */
    static byte[] zip(Map<String, Object> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (Map.Entry<String, Object> part : parts.entrySet()) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(part.getKey());
                entry.setTime(1_735_689_600_000L);
                out.putNextEntry(entry);
                out.write(part.getValue() instanceof byte[] b ? b : part.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Rewrites the uncompressed size an entry declares in the central directory. */
    static byte[] declaredSize(byte[] zip, String name, long size) {
        byte[] patched = zip.clone();
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < patched.length; i++) {
            if (patched[i] == 'P' && patched[i + 1] == 'K' && patched[i + 2] == 1 && patched[i + 3] == 2) {
                int nameLength = (patched[i + 28] & 0xFF) | (patched[i + 29] & 0xFF) << 8;
                if (Arrays.equals(patched, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
                    for (int b = 0; b < 4; b++) {
                        patched[i + 24 + b] = (byte) (size >>> (8 * b));
                    }
                    return patched;
                }
            }
        }
        throw new IllegalArgumentException(name + " is not in the zip");
    }

    // ---- noise: content that compresses a little less than a bomb would -----------------------------------------------

    /** Content made with more and more noise until it deflates by less than 1:70, so that it is big but no bomb. */
    static String tuned(java.util.function.DoubleFunction<String> content) {
        for (double rate = 0.0005; rate < 1; rate *= 1.4) {
            String candidate = content.apply(rate);
            byte[] bytes = candidate.getBytes(StandardCharsets.UTF_8);
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
            deflater.setInput(bytes);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            long compressed = 0;
            while (!deflater.finished()) {
                compressed += deflater.deflate(buffer);
            }
            deflater.end();
            if (bytes.length / compressed < 70) {
                return candidate;
            }
        }
        throw new IllegalStateException("no noise makes this compress less");
    }

    /** {@code count} items from one seeded source of noise. */
    static String items(int count, java.util.function.Function<Random, String> item) {
        Random random = new Random(8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(item.apply(random));
        }
        return out.toString();
    }

    /** A blank (space, tab or line break) with probability {@code rate}: noise that XML ignores between elements. */
    static String blank(Random random, double rate) {
        return random.nextDouble() < rate ? String.valueOf(" \t\n\r".charAt(random.nextInt(4))) : "";
    }

    /** {@code length} letters, mostly {@code a}, a share {@code rate} of them random. */
    static String noise(Random random, int length, double rate) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = random.nextDouble() < rate ? (char) ('a' + random.nextInt(26)) : 'a';
        }
        return new String(chars);
    }

    private static String laughs() {
        StringBuilder entities = new StringBuilder();
        IntFunction<String> name = i -> String.valueOf((char) ('a' + i));
        for (int i = 1; i <= 8; i++) {
            entities.append("<!ENTITY ").append(name.apply(i)).append(" \"").append(("&" + name.apply(i - 1) + ";").repeat(10)).append("\">");
        }
        return entities.toString();
    }

    // ---- other kinds of file ------------------------------------------------------------------------------------------

    private static byte[] oldExcel() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Word document as Word lays it out: an Office package whose office document is word/document.xml. */
    private static byte[] docx() throws IOException {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("_rels/.rels", XML + ROOT_RELS_BODY.replace("xl/workbook.xml", "word/document.xml"));
        parts.put("word/document.xml", XML + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>培训名册</w:t></w:r></w:p></w:body></w:document>");
        return zip(parts);
    }

    private static Map<String, Object> odf(String mimeType) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("mimetype", mimeType);
        parts.put("META-INF/manifest.xml", XML + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimeType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        parts.put("content.xml", XML + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        return parts;
    }

    private static byte[] xlsb() throws IOException {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
        parts.put("_rels/.rels", XML + ROOT_RELS_BODY.replace("xl/workbook.xml", "xl/workbook.bin"));
        parts.put("xl/workbook.bin", new byte[]{(byte) 0x83, 0x01, 0x00, (byte) 0x80, 0x01, 0x00});
        return zip(parts);
    }
}
