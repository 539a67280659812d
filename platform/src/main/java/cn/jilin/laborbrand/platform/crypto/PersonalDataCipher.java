package cn.jilin.laborbrand.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (resident IDs, phones, bank accounts) at rest with AES-256-GCM, and computes a keyed
 * HMAC-SHA256 "blind index" beside it so that exact lookups and duplicate checks work without decrypting.
 *
 * <p>Both keys are derived from one 256-bit data key ({@code laborbrand.data-key}), so that the index can never be
 * used to decrypt. A ciphertext reads {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}; the version prefix leaves room
 * for key rotation.
 */
public final class PersonalDataCipher {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(String base64DataKey) {
        byte[] master = decodeKey(base64DataKey);
        this.encryptionKey = new SecretKeySpec(hmac(master, "laborbrand-encryption-v1"), "AES");
        this.indexKey = new SecretKeySpec(hmac(master, "laborbrand-blind-index-v1"), "HmacSHA256");
    }

    /** A fresh random data key, base64-encoded, for {@code laborbrand.data-key}. */
    public static String generateKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Checks that a configured data key is usable, with a message that says what to fix. */
    public static byte[] decodeKey(String base64DataKey) {
        if (base64DataKey == null || base64DataKey.isBlank()) {
            throw new IllegalArgumentException("laborbrand.data-key (LABORBRAND_DATA_KEY) is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64DataKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("laborbrand.data-key must be base64 (e.g. from `openssl rand -base64 32`)");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("laborbrand.data-key must decode to 32 bytes, not " + key.length);
        }
        return key;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return seal(Cipher.getInstance("AES/GCM/NoPadding"), plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * One cipher and one MAC for many values in a row (an import of 100,000 people), instead of a lookup and set-up of
     * each per value; the same ciphertexts and keyed hashes as {@link #encrypt} and {@link #blindIndex}. Not thread-safe.
     */
    public Batch batch() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return new Batch(Cipher.getInstance("AES/GCM/NoPadding"), mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or HmacSHA256 is unavailable", e);
        }
    }

    /** See {@link #batch()}: {@code encrypt} and {@code blindIndex} for one thread's run of values. */
    public final class Batch {

        private final Cipher cipher;
        private final Mac mac;

        private Batch(Cipher cipher, Mac mac) {
            this.cipher = cipher;
            this.mac = mac;
        }

        public String encrypt(String plaintext) {
            if (plaintext == null) {
                return null;
            }
            try {
                return seal(cipher, plaintext);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is unavailable", e);
            }
        }

        public String blindIndex(String value) {
            return value == null ? null : HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** {@code v1:<base64(iv ‖ ciphertext ‖ tag)>} with a fresh random IV: GCM must never see one IV twice under a key. */
    private String seal(Cipher cipher, String plaintext) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
        byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[IV_BYTES + cipher.getOutputSize(plain.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int sealed = cipher.doFinal(plain, 0, plain.length, out, IV_BYTES);
        return VERSION + Base64.getEncoder().encodeToString(sealed == out.length - IV_BYTES ? out : Arrays.copyOf(out, IV_BYTES + sealed));
    }

    /** Decrypts what {@link #encrypt} produced; a tampered or foreign ciphertext fails rather than yield garbage. */
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a personal-data ciphertext");
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("personal-data ciphertext cannot be decrypted with this key");
        }
    }

    /** The keyed hash of a value for exact search; callers normalise first (e.g. upper-case X in a resident ID). */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
