package cn.jilin.laborbrand.platform.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Client tokens: 32 random bytes, URL-safe Base64 behind a fixed marker ({@code jlb_}), so that a leaked token is
 * recognisable in logs and scanners. Only the SHA-256 hash is stored: with 256 random bits no slow hash is needed.
 */
final class ApiTokens {

    static final String MARKER = "jlb_";
    static final int PREFIX_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The visible part of a token: the marker and the first characters, enough to tell tokens apart, not to guess one. */
    static String prefix(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of two hashes (the lookup by the indexed hash already found the row). */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a presented value can be a token at all (refused before any database work). */
    static boolean wellFormed(String token) {
        return token != null && token.length() == MARKER.length() + 43 && token.startsWith(MARKER)
                && token.substring(MARKER.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
