package cn.jilin.laborbrand.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void anOptionalFieldStoresNullForBlankAndStripsTheRest() {
        assertThat(Text.orNull(null)).isNull();
        assertThat(Text.orNull("")).isNull();
        assertThat(Text.orNull(" \t\u3000\n")).isNull();
        assertThat(Text.orNull("  长春  ")).isEqualTo("长春");
        assertThat(Text.blank("\u3000")).isTrue();
        assertThat(Text.blank(" x ")).isFalse();
    }

    @Test
    void aRequiredFieldIsRefusedOnItsFieldWhenBlank() {
        assertThat(Text.required(" 吉林 ", "name")).isEqualTo("吉林");
        for (String blank : new String[] {null, "", "   ", "\u3000"}) {
            assertThatThrownBy(() -> Text.required(blank, "name")).isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.field()).isEqualTo("name");
                assertThat(e.messageKeys()).containsExactly("NotBlank");
            });
            assertThatThrownBy(() -> Text.required(blank, "basis", "credit.evaluation.basisRequired"))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.field()).isEqualTo("basis");
                        assertThat(e.messageKeys()).containsExactly("credit.evaluation.basisRequired");
                    });
        }
    }
}
