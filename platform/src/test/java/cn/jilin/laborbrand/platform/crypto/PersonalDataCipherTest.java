package cn.jilin.laborbrand.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataCipher.generateKey());

    @Test
    void decryptsWhatItEncrypted() {
        String sealed = cipher.encrypt("11010519491231002X");
        assertThat(sealed).startsWith("v1:").doesNotContain("11010519491231002X");
        assertThat(cipher.decrypt(sealed)).isEqualTo("11010519491231002X");
    }

    @Test
    void encryptingTheSameValueTwiceGivesDifferentCiphertexts() {
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        String sealed = cipher.encrypt("13812345678");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = cipher.encrypt("13812345678");
        PersonalDataCipher other = new PersonalDataCipher(PersonalDataCipher.generateKey());
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blindIndexIsStablePerKeyAndDiffersAcrossKeys() {
        String key = PersonalDataCipher.generateKey();
        assertThat(new PersonalDataCipher(key).blindIndex("11010519491231002X"))
                .isEqualTo(new PersonalDataCipher(key).blindIndex("11010519491231002X"))
                .hasSize(64)
                .isNotEqualTo(new PersonalDataCipher(key).blindIndex("440524188001010014"))
                .isNotEqualTo(cipher.blindIndex("11010519491231002X"));
    }

    @Test
    void aBatchSealsAsTheCipherDoesWithAFreshIvEachTime() {
        PersonalDataCipher.Batch batch = cipher.batch();
        java.util.Set<String> ivs = new java.util.HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String value = "1381234" + String.format("%04d", i);
            String sealed = batch.encrypt(value);
            assertThat(sealed).startsWith("v1:").doesNotContain(value);
            assertThat(cipher.decrypt(sealed)).isEqualTo(value);
            assertThat(Base64.getDecoder().decode(sealed.substring(3))).hasSize(12 + value.length() + 16);
            assertThat(ivs.add(sealed.substring(3, 19))).as("IV reused").isTrue();
        }
        assertThat(batch.encrypt("张三")).isNotEqualTo(batch.encrypt("张三"));
        assertThat(cipher.decrypt(batch.encrypt("张三"))).isEqualTo("张三");
        assertThat(batch.encrypt(null)).isNull();
    }

    @Test
    void aBatchGivesTheSameBlindIndexAsTheCipher() {
        PersonalDataCipher.Batch batch = cipher.batch();
        for (String value : new String[] {"11010519491231002X", "440524188001010014", "11010519491231002X", ""}) {
            assertThat(batch.blindIndex(value)).isEqualTo(cipher.blindIndex(value));
        }
        assertThat(batch.blindIndex(null)).isNull();
        assertThat(new PersonalDataCipher(PersonalDataCipher.generateKey()).batch().blindIndex("11010519491231002X"))
                .isNotEqualTo(batch.blindIndex("11010519491231002X"));
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.blindIndex(null)).isNull();
    }

    @Test
    void unusableKeysAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new PersonalDataCipher("")).hasMessageContaining("not set");
        assertThatThrownBy(() -> new PersonalDataCipher("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16]))).hasMessageContaining("32 bytes");
    }
}
