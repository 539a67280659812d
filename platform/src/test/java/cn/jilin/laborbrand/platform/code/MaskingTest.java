package cn.jilin.laborbrand.platform.code;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.code.ResidentId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void residentIdKeepsOnlyTheProvince() {
        assertThat(Masking.residentId("220102199003071234")).isEqualTo("22****************");
        assertThat(Masking.residentId(" 11010519491231002X ")).isEqualTo("11****************");
    }

    @Test
    void aPersonShowsAgeNotBirthDateAndOnlyTheProvinceOfTheHomeRegion() {
        ResidentId id = ResidentId.of("11010519491231002X");
        Masking.Person shown = Masking.person(id, "220581", LocalDate.of(2026, 12, 30));
        assertThat(shown.residentId()).isEqualTo("11****************");
        assertThat(shown.sex()).isEqualTo(ResidentId.Sex.FEMALE);
        assertThat(shown.age()).isEqualTo(76);
        assertThat(shown.homeProvinceCode()).isEqualTo("220000");
        assertThat(Masking.person(id, null, LocalDate.of(2026, 12, 31)).age()).isEqualTo(77);
        assertThat(Masking.person(id, null, LocalDate.of(2026, 12, 31)).homeProvinceCode()).isNull();
    }

    @Test
    void ageCountsFullYearsAndIsNeverNegative() {
        assertThat(Masking.age(LocalDate.of(1990, 9, 7), LocalDate.of(2026, 9, 6))).isEqualTo(35);
        assertThat(Masking.age(LocalDate.of(1990, 9, 7), LocalDate.of(2026, 9, 7))).isEqualTo(36);
        assertThat(Masking.age(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1))).isZero();
    }

    @Test
    void aNameOnAPublicListKeepsItsFirstAndLastCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name(" 王小明 ")).isEqualTo("王*明");
        assertThat(Masking.name("欧阳明华")).isEqualTo("欧**华");
        assertThat(Masking.name("李")).isEqualTo("*");
        assertThat(Masking.name(null)).isEmpty();
        // a character outside the BMP counts once
        assertThat(Masking.name("𠀋一二")).isEqualTo("𠀋*二");
    }

    @Test
    void mobilePhoneKeepsPrefixAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0431-88888888")).isEqualTo("*********8888");
    }

    @Test
    void bankAccountKeepsFourAtEachEndAndDropsSpaces() {
        assertThat(Masking.bankAccount("6222 0212 3456 7890 123")).isEqualTo("6222***********0123");
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertThat(Masking.residentId("1234")).isEqualTo("****");
        assertThat(Masking.residentId(null)).isEmpty();
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.bankAccount("")).isEmpty();
    }
}
