package cn.jilin.laborbrand.platform;

/**
 * Text as forms send it and records keep it: stripped, and null when blank. One place for the rule every register
 * applies to its optional and required text fields.
 */
public final class Text {

    private Text() {
    }

    /** Null when null or blank, else stripped: what an optional field stores. */
    public static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The stripped text; refused on {@code field} with the message {@code NotBlank} when blank. */
    public static String required(String s, String field) {
        return required(s, field, "NotBlank");
    }

    /** The stripped text; refused on {@code field} with {@code messageKey} when blank. */
    public static String required(String s, String field, String messageKey) {
        if (blank(s)) {
            throw new RuleViolation(field, messageKey);
        }
        return s.strip();
    }
}
