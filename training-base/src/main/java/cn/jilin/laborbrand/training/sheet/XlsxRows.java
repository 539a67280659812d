package cn.jilin.laborbrand.training.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's SAX event API, so that a roster of 100,000 rows never
 * sits in memory as a workbook. Guards: the file must start as a zip (an .xlsx); POI's {@link ZipSecureFile} refuses
 * entries that inflate more than 100-fold or beyond {@value #MAX_ENTRY_BYTES} bytes (zip bombs); formulas are reported
 * on their cell (imports refuse them rather than trust a cached result).
 */
public final class XlsxRows {

    /** The largest part (sheet XML, shared strings) a file may inflate to: far above a 100,000-row roster. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** One cell as read: its text (numbers in plain notation, shared and inline strings resolved), and whether it held a formula. */
    public record Cell(String text, boolean numeric, boolean formula) {
        public boolean isBlank() {
            return text == null || text.isBlank();
        }
    }

    /** Receives each non-empty row: its 1-based number as the spreadsheet shows it, and its cells by column (0 = A). */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<Cell> cells);
    }

    private XlsxRows() {
    }

    /** Reads every row of the first sheet of {@code file}, or refuses the file as a whole. */
    public static void read(Path file, RowHandler handler) {
        requireZip(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableSpreadsheetException("import.file.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, handler));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            // a sound zip that is no workbook is another kind of file; a zip that does not open is a damaged one
            throw new UnreadableSpreadsheetException(isSoundZip(file) ? "import.file.notXlsx" : "import.file.corrupt");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | org.apache.poi.util.RecordFormatException | IllegalArgumentException e) {
            throw new UnreadableSpreadsheetException(isZipBomb(e) ? "import.file.zipBomb" : "import.file.corrupt");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSoundZip(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.size() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** An .xlsx is a zip: anything else (a CSV, an old .xls, a renamed picture) is refused before POI sees it. */
    private static void requireZip(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                throw new UnreadableSpreadsheetException("import.file.notXlsx");
            }
        } catch (IOException e) {
            throw new UnreadableSpreadsheetException("import.file.corrupt");
        }
    }

    /** Column index of a cell reference such as {@code AB12} (0-based). */
    static int column(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private boolean formula;
        private boolean collecting;
        private String value;

        SheetHandler(ReadOnlySharedStringsTable strings, RowHandler handler) {
            this.strings = strings;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = rowNumber + 1;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? cells.size() : column(r);
                    type = attributes.getValue("t");
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v" -> {
                    collecting = false;
                    value = resolve(text.toString());
                }
                case "t" -> {
                    collecting = false;
                    value = value == null ? text.toString() : value + text;
                }
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(new Cell(null, false, false));
                    }
                    boolean numeric = type == null || "n".equals(type);
                    cells.add(new Cell(value == null ? null : value.strip(), numeric && value != null, formula));
                }
                case "row" -> {
                    if (cells.stream().anyMatch(c -> !c.isBlank() || c.formula())) {
                        handler.row(rowNumber, cells);
                    }
                }
                default -> {
                }
            }
        }

        private String resolve(String raw) {
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            }
            if (type == null || "n".equals(type)) {
                try {
                    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            if ("b".equals(type)) {
                return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            }
            return raw;
        }
    }
}
