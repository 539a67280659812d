package cn.jilin.laborbrand.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Official documents as PDF (公示名单, 认定通知, progress reports), with a Chinese font embedded as a subset so that they
 * print the same everywhere. The font is {@code laborbrand.pdf.font} (a .ttf/.otf/.ttc path; for a collection, the
 * face whose name contains "SC" is taken), or the first of the usual system fonts that exists (Debian's
 * fonts-noto-cjk or fonts-wqy-zenhei, macOS PingFang, Windows SimSun). Without one, {@link PdfFontMissingException}.
 */
@Component
public class PdfDocuments {

    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc");

    private final String configuredFont;
    private volatile BaseFont font;

    PdfDocuments(@Value("${laborbrand.pdf.font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** Writes a one-column A4 document; {@code content} adds its parts through the {@link Composer}. */
    public byte[] write(String title, Consumer<Composer> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("吉林省劳务品牌建设管理平台");
            document.open();
            content.accept(new Composer(document, font()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Builds the document's body: a title, paragraphs, tables, a closing signature. */
    public static final class Composer {
        private final Document document;
        private final Font title;
        private final Font body;
        private final Font small;
        private final Font bold;

        Composer(Document document, BaseFont font) {
            this.document = document;
            this.title = new Font(font, 18, Font.NORMAL);
            this.body = new Font(font, 11.5f, Font.NORMAL);
            this.small = new Font(font, 9.5f, Font.NORMAL, new Color(90, 90, 90));
            this.bold = new Font(font, 11.5f, Font.NORMAL, new Color(20, 40, 80));
        }

        public Composer title(String text) {
            Paragraph p = new Paragraph(text, title);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(6);
            return add(p);
        }

        public Composer subtitle(String text) {
            Paragraph p = new Paragraph(text, small);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(14);
            return add(p);
        }

        public Composer heading(String text) {
            Paragraph p = new Paragraph(text, bold);
            p.setSpacingBefore(8);
            p.setSpacingAfter(4);
            return add(p);
        }

        public Composer paragraph(String text) {
            Paragraph p = new Paragraph(text, body);
            p.setFirstLineIndent(23);
            p.setLeading(20);
            p.setSpacingAfter(6);
            return add(p);
        }

        public Composer note(String text) {
            Paragraph p = new Paragraph(text, small);
            p.setSpacingBefore(6);
            return add(p);
        }

        /** A table with a shaded header row; widths are relative. */
        public Composer table(List<String> headers, List<List<String>> rows, float... widths) {
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSpacingAfter(10);
            table.setHeaderRows(1);
            try {
                if (widths.length == headers.size()) {
                    table.setWidths(widths);
                }
            } catch (DocumentException e) {
                throw new IllegalArgumentException(e);
            }
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setBackgroundColor(new Color(232, 238, 247));
                cell.setPadding(5);
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (String value : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, body));
                    cell.setPadding(5);
                    table.addCell(cell);
                }
            }
            return add(table);
        }

        /** The issuing body and the date, right-aligned at the end. */
        public Composer signature(String issuer, String date) {
            Paragraph p = new Paragraph(issuer + "\n" + date, body);
            p.setAlignment(Element.ALIGN_RIGHT);
            p.setSpacingBefore(28);
            return add(p);
        }

        private Composer add(Element element) {
            try {
                document.add(element);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }
    }

    private BaseFont font() {
        BaseFont f = font;
        if (f == null) {
            f = loadFont();
            font = f;
        }
        return f;
    }

    private BaseFont loadFont() {
        List<String> candidates = configuredFont.isBlank() ? SYSTEM_FONTS : List.of(configuredFont);
        for (String candidate : candidates) {
            if (!Files.isReadable(Path.of(candidate))) {
                continue;
            }
            try {
                return BaseFont.createFont(face(candidate), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new PdfFontMissingException("the font " + candidate + " cannot be used for PDFs: " + e.getMessage());
            }
        }
        throw new PdfFontMissingException("no Chinese font found for PDFs: install Debian's fonts-noto-cjk (or fonts-wqy-zenhei), "
                + "or set laborbrand.pdf.font to a .ttf/.otf/.ttc file");
    }

    /** A TrueType/OpenType collection needs a face index: the Simplified Chinese face where there is one. */
    private static String face(String path) throws DocumentException, IOException {
        if (!path.toLowerCase().endsWith(".ttc")) {
            return path;
        }
        String[] names = BaseFont.enumerateTTCNames(path);
        for (int i = 0; i < names.length; i++) {
            if (names[i].contains("SC")) {
                return path + "," + i;
            }
        }
        return path + ",0";
    }
}
