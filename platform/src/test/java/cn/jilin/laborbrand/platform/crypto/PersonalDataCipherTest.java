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
