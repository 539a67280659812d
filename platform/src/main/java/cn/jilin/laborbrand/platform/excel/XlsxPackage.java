package cn.jilin.laborbrand.platform.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;

/**
 * The zip package of an .xlsx, opened only after the cheap checks (size, first bytes, number of entries) and read only
 * in the parts an import needs: the package relationships, the workbook, its relationships, the shared strings and the
 * first sheet. Nothing else is ever inflated; every part read goes through an {@link InflationGuard}.
 */
final class XlsxPackage implements Closeable {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Where the first sheet and the shared strings of a workbook are (the latter null when it has none). */
    record Parts(String firstSheet, String sharedStrings) {
    }

    private final ZipFile zip;
    private final SpreadsheetLimits limits;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, ZipEntry> entriesIgnoringCase = new HashMap<>();

    private XlsxPackage(ZipFile zip, SpreadsheetLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static XlsxPackage open(Path file, SpreadsheetLimits limits) {
        long size;
        byte[] head = new byte[OLE2.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        if (size == 0) {
            throw new SpreadsheetRefusedException("import.file.empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new SpreadsheetRefusedException("import.file.tooLarge", (limits.maxFileBytes() + (1 << 20) - 1) >> 20);
        }
        if (read == OLE2.length && Arrays.equals(head, OLE2)) {
            // an old .xls, or an .xlsx with an opening password (encrypted into an OLE2 container)
            throw new SpreadsheetRefusedException("import.file.xls");
        }
        if (read < ZIP.length || !Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)) {
            throw new SpreadsheetRefusedException("import.file.notXlsx");
        }
        ZipFile zip;
        try {
            // the central directory is read as one array no larger than the file, which the limit above bounds
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        XlsxPackage pkg = new XlsxPackage(zip, limits);
        try {
            pkg.index();
        } catch (RuntimeException e) {
            pkg.close();
            throw e;
        }
        return pkg;
    }

    private void index() {
        if (zip.size() > limits.maxZipEntries()) {
            throw new SpreadsheetRefusedException("import.file.tooManyEntries", limits.maxZipEntries());
        }
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            int count = 0;
            while (all.hasMoreElements()) {
                if (++count > limits.maxZipEntries()) {
                    throw new SpreadsheetRefusedException("import.file.tooManyEntries", limits.maxZipEntries());
                }
                ZipEntry entry = all.nextElement();
                entries.putIfAbsent(entry.getName(), entry);
                entriesIgnoringCase.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a malformed entry name or header met while listing
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        if (find("[Content_Types].xml") == null || find("_rels/.rels") == null) {
            // a zip, but no Office package: an OpenDocument file, a zipped folder ...
            throw new SpreadsheetRefusedException("import.file.notXlsx");
        }
    }

    /** The workbook's part, named by the package relationships; refused when the package holds another kind of document. */
    String workbookPart() {
        String[] target = new String[1];
        BoundedXml.parse(open("_rels/.rels"), limits, new BoundedXml.Handler(limits.maxDepth()) {
            @Override
            void start(String uri, String name, Attributes attributes, int depth) {
                if (target[0] == null && name.equals("Relationship") && internal(attributes) && endsWith(attributes.getValue("Type"), "/officeDocument")) {
                    target[0] = resolve("", attributes.getValue("Target"));
                }
            }
        });
        if (target[0] == null || find(target[0]) == null || !target[0].toLowerCase(Locale.ROOT).endsWith(".xml")) {
            // a binary workbook (.xlsb) or no office document at all
            throw new SpreadsheetRefusedException("import.file.notXlsx");
        }
        return target[0];
    }

    /** Reads the workbook's sheet list (refusing too many sheets) and finds its first sheet and shared strings. */
    Parts parts(String workbook) {
        String[] firstSheetId = new String[1];
        int[] sheets = {0};
        BoundedXml.parse(open(workbook), limits, new BoundedXml.Handler(limits.maxDepth()) {
            @Override
            void start(String uri, String name, Attributes attributes, int depth) {
                if (depth == 1 && !name.equals("workbook")) {
                    // a Word document, a presentation ... behind an officeDocument relationship
                    throw new SpreadsheetRefusedException("import.file.notXlsx");
                }
                if (depth == 3 && name.equals("sheet")) {
                    if (++sheets[0] > limits.maxSheets()) {
                        throw new SpreadsheetRefusedException("import.file.tooManySheets", limits.maxSheets());
                    }
                    if (firstSheetId[0] == null) {
                        firstSheetId[0] = relationshipId(attributes);
                    }
                }
            }
        });
        if (sheets[0] == 0) {
            throw new SpreadsheetRefusedException("import.file.noSheet");
        }
        if (firstSheetId[0] == null) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        String[] found = new String[2];
        String rels = relationshipsOf(workbook);
        if (find(rels) == null) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        BoundedXml.parse(open(rels), limits, new BoundedXml.Handler(limits.maxDepth()) {
            @Override
            void start(String uri, String name, Attributes attributes, int depth) {
                if (!name.equals("Relationship") || !internal(attributes)) {
                    return;
                }
                if (found[0] == null && firstSheetId[0].equals(attributes.getValue("Id"))) {
                    found[0] = resolve(workbook, attributes.getValue("Target"));
                } else if (found[1] == null && endsWith(attributes.getValue("Type"), "/sharedStrings")) {
                    found[1] = resolve(workbook, attributes.getValue("Target"));
                }
            }
        });
        if (found[0] == null || find(found[0]) == null || (found[1] != null && find(found[1]) == null)) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        return new Parts(found[0], found[1]);
    }

    /** A part's bytes as inflated, guarded; a part that claims to inflate beyond the limit is refused unopened. */
    InputStream open(String part) {
        ZipEntry entry = find(part);
        if (entry == null) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
        if (entry.getSize() > limits.maxPartBytes()) {
            throw new SpreadsheetRefusedException("import.file.zipBomb");
        }
        try {
            return new InflationGuard(zip.getInputStream(entry), entry.getCompressedSize(), limits.maxPartBytes(), limits.maxInflateRatio());
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefusedException("import.file.corrupt");
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written; the file is the caller's to delete
        }
    }

    private ZipEntry find(String part) {
        if (part == null) {
            return null;
        }
        ZipEntry entry = entries.get(part);
        return entry != null ? entry : entriesIgnoringCase.get(part.toLowerCase(Locale.ROOT));
    }

    private static boolean internal(Attributes attributes) {
        return !"External".equalsIgnoreCase(attributes.getValue("TargetMode")) && attributes.getValue("Target") != null;
    }

    private static boolean endsWith(String value, String suffix) {
        return value != null && value.endsWith(suffix);
    }

    private static String relationshipId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("/relationships")) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    /** {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship's target as a zip entry name, relative to the source part's folder unless absolute. */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target : source.substring(0, source.lastIndexOf('/') + 1) + target;
        if (path.contains("%")) {
            try {
                path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new SpreadsheetRefusedException("import.file.corrupt");
            }
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    throw new SpreadsheetRefusedException("import.file.corrupt");
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
