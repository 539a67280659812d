package cn.jilin.laborbrand.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void residentIdKeepsFourAtEachEnd() {
        assertThat(Masking.residentId("220102199003071234")).isEqualTo("2201**********1234");
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
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.bankAccount("")).isEmpty();
    }
}
