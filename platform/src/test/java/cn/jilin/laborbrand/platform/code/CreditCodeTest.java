package cn.jilin.laborbrand.platform.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "11220000013544525W", // 吉林省人力资源和社会保障厅, from the plan's 索引号
            "91350100M000100Y43", // a widely cited example code
    })
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void normalisesCaseAndBlanks() {
        assertThat(CreditCode.of(" 11220000013544525w ").value()).isEqualTo("11220000013544525W");
        assertThat(CreditCode.of("11220000013544525W").regionCode()).isEqualTo("220000");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "11220000013544525X, code.creditCode.checkCharacter",
            "11220000013544526W, code.creditCode.checkCharacter",
            "1122000001354452W, code.creditCode.length",
            "11220000013544525WW, code.creditCode.length",
            "9135010OM000100Y43, code.creditCode.character",
            "91350100M000100Y4I, code.creditCode.character",
            "913501S0M000100Y43, code.creditCode.character",
            "91350100V000100Y43, code.creditCode.character",
            "91A50100M000100Y43, code.creditCode.region",
    })
    void rejectsCorruptedCodesWithThePreciseReason(String input, String key) {
        assertThatThrownBy(() -> CreditCode.of(input))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void everySingleCharacterChangeIsCaught() {
        String valid = "11220000013544525W";
        for (int i = 0; i < 17; i++) {
            int index = CreditCode.ALPHABET.indexOf(valid.charAt(i));
            char changed = CreditCode.ALPHABET.charAt((index + 1) % CreditCode.ALPHABET.length());
            String corrupted = valid.substring(0, i) + changed + valid.substring(i + 1);
            assertThat(CreditCode.isValid(corrupted)).as("character %d changed", i + 1).isFalse();
        }
    }

    @Test
    void computesTheCheckCharacterOfABody() {
        assertThat(CreditCode.checkCharacter("11220000013544525")).isEqualTo('W');
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }
}
