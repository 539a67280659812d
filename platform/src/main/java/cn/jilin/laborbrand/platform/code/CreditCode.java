package cn.jilin.laborbrand.platform.code;

/**
 * 统一社会信用代码 (GB 32100-2015): registration authority (1), organisation type (1), GB/T 2260 region (6),
 * organisation code (9) and a check character by weighted sum mod 31, over an alphabet of 31 characters that leaves
 * out I, O, S, V and Z. Valid by construction.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.isBlank()) {
            throw new InvalidCodeException("code.creditCode.required", "credit code is required");
        }
        value = value.strip().toUpperCase();
        if (value.length() != 18) {
            throw new InvalidCodeException("code.creditCode.length", "credit code must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidCodeException("code.creditCode.character",
                        "character " + (i + 1) + " (" + c + ") is not allowed; I, O, S, V and Z are never used");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                throw new InvalidCodeException("code.creditCode.region", "characters 3-8 must be a six-digit region code");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidCodeException("code.creditCode.checkCharacter", "the check character does not match the first 17 characters");
        }
    }

    public static CreditCode of(String input) {
        return new CreditCode(input);
    }

    /** True when {@code input} is a valid credit code. */
    public static boolean isValid(String input) {
        try {
            of(input);
            return true;
        } catch (InvalidCodeException e) {
            return false;
        }
    }

    /** The check character of a 17-character body (the body's characters must be in the alphabet). */
    public static char checkCharacter(String body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("body must have 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is outside the alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The six-digit region code of the registering authority. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
