package cn.jilin.laborbrand.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The two guards every parsed part passes through: actual inflated bytes, and the length of each XML token. */
class StreamGuardsTest {

    private static String refusal(InputStream in) {
        try {
            in.readAllBytes();
        } catch (IOException e) {
            SpreadsheetRefusedException refused = Refusal.in(e);
            return refused == null ? e.toString() : refused.messageKey();
        }
        return "read";
    }

    private static InputStream markup(String xml, int maxToken) {
        return new MarkupGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), maxToken);
    }

    @Test
    void inflationIsCountedInActualBytesAgainstThePartLimit() {
        byte[] tenThousand = new byte[10_000];
        assertThat(refusal(new InflationGuard(new ByteArrayInputStream(tenThousand), 10_000, 10_000, 100))).isEqualTo("read");
        assertThat(refusal(new InflationGuard(new ByteArrayInputStream(tenThousand), 10_000, 9_999, 100))).isEqualTo("import.file.zipBomb");
    }

    @Test
    void theRatioIsJudgedOnlyBeyondTheGraceSize() {
        int grace = (int) SpreadsheetLimits.INFLATE_GRACE_BYTES;
        assertThat(refusal(new InflationGuard(new ByteArrayInputStream(new byte[grace]), 1, Long.MAX_VALUE, 100))).isEqualTo("read");
        assertThat(refusal(new InflationGuard(new ByteArrayInputStream(new byte[grace + 1]), 1, Long.MAX_VALUE, 100)))
                .isEqualTo("import.file.zipBomb");
        assertThat(refusal(new InflationGuard(new ByteArrayInputStream(new byte[grace * 2]), grace / 50, Long.MAX_VALUE, 100))).isEqualTo("read");
    }

    @Test
    void ordinaryXmlPassesTheMarkupGuard() {
        assertThat(refusal(markup("<?xml version=\"1.0\"?>\n<a b=\"x > y\"><!-- a <note> --><![CDATA[ <raw> ]]>text</a>", 1024)))
                .isEqualTo("read");
    }

    @Test
    void everyKindOfTokenIsBounded() {
        String big = "x".repeat(2000);
        assertThat(refusal(markup("<a b=\"" + big + "\"/>", 1024))).isEqualTo("import.file.markupTooLong");
        assertThat(refusal(markup("<a>" + big + "</a>", 1024))).isEqualTo("import.file.markupTooLong");
        assertThat(refusal(markup("<a><!--" + "<b>".repeat(700) + "--></a>", 1024))).isEqualTo("import.file.markupTooLong");
        assertThat(refusal(markup("<a><![CDATA[" + "<b>".repeat(700) + "]]></a>", 1024))).isEqualTo("import.file.markupTooLong");
        assertThat(refusal(markup("<?pi " + "<b>".repeat(700) + "?><a/>", 1024))).isEqualTo("import.file.markupTooLong");
        // a > inside an attribute value splits the tag in two counted pieces, each still bounded
        assertThat(refusal(markup("<a b=\"" + "x>".repeat(1000) + "\"/>", 1024))).isEqualTo("read");
    }

    @Test
    void aDeclarationIsRefusedBeforeTheParserSeesItAndANulByteIsDamage() {
        assertThat(refusal(markup("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", 1024))).isEqualTo("import.file.doctype");
        assertThat(refusal(new MarkupGuard(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_16LE)), 1024)))
                .isEqualTo("import.file.corrupt");
        assertThatThrownBy(() -> markup("<!ENTITY", 1024).readAllBytes()).isInstanceOf(IOException.class);
    }
}
