package cn.jilin.laborbrand.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    @Test
    void chineseTextIsEmbeddedAndReadsBack() throws Exception {
        byte[] pdf = new PdfDocuments("").write("公示", c -> c.title("吉林省劳务品牌认定公示名单").subtitle("公示期：2025年6月2日至6月6日")
                .paragraph("经专家评审，拟认定下列品牌为省级劳务品牌。")
                .table(List.of("序号", "品牌名称"), List.of(List.of("1", "辽源织袜工"), List.of("2", "延边泡菜工")), 1, 4)
                .signature("吉林省人力资源和社会保障厅", "2025年6月2日"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("吉林省劳务品牌认定公示名单", "辽源织袜工", "延边泡菜工", "吉林省人力资源和社会保障厅");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        // a subset, not the whole font
        assertThat(pdf.length).isLessThan(1_000_000);
    }

    @Test
    void withoutAChineseFontNoPdfIsMadeAndTheMessageSaysWhatToInstall() {
        assertThatThrownBy(() -> new PdfDocuments("/nonexistent/font.ttc").write("x", c -> c.paragraph("中文")))
                .isInstanceOf(PdfFontMissingException.class)
                .hasMessageContaining("fonts-noto-cjk");
    }
}
