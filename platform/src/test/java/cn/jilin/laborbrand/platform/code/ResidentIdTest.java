package cn.jilin.laborbrand.platform.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void acceptsTheStandardsOwnExampleAndDerivesBirthDateAndSex() {
        // GB 11643-1999's example: born 1949-12-31, sequence 002 (even: female), check character X
        ResidentId id = ResidentId.of("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(ResidentId.Sex.FEMALE);
        assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void acceptsAnotherPublicExampleOfAMan() {
        ResidentId id = ResidentId.of("440524188001010014", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.sex()).isEqualTo(ResidentId.Sex.MALE);
    }

    @Test
    void acceptsLowerCaseXAndSurroundingBlanks() {
        assertThat(ResidentId.of(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "11010519491231002X1, code.residentId.length",
            "1101051949123100X, code.residentId.length",
            "1101051949123100AX, code.residentId.digits",
            "11010519491231002Y, code.residentId.lastCharacter",
            "110105194912310021, code.residentId.checkCharacter",
            "11010519491231003X, code.residentId.checkCharacter",
            "110105194902300026, code.residentId.birthDate",
            "110105202712310021, code.residentId.birthDate",
    })
    void rejectsCorruptedNumbersWithThePreciseReason(String input, String key) {
        assertThatThrownBy(() -> ResidentId.of(input, TODAY))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void rejectsBlank() {
        assertThatThrownBy(() -> ResidentId.of("  ", TODAY))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.messageKey()).isEqualTo("code.residentId.required"));
    }

    @Test
    void everySingleDigitChangeIsCaught() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            char original = valid.charAt(i);
            char changed = original == '9' ? '0' : (char) (original + 1);
            String corrupted = valid.substring(0, i) + changed + valid.substring(i + 1);
            assertThat(ResidentId.isValid(corrupted)).as("digit %d changed", i + 1).isFalse();
        }
    }

    @Test
    void neverShowsTheFullNumberInToString() {
        assertThat(ResidentId.of("11010519491231002X", TODAY).toString()).isEqualTo("11****************");
    }

    @Test
    void computesTheCheckCharacterOfABody() {
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
    }
}
