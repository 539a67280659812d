package cn.jilin.laborbrand.platform.crypto;

/** How personal data shows on pages and in exports: enough to recognise, never enough to use. */
public final class Masking {

    private Masking() {
    }

    /** {@code 220102199003071234} → {@code 2201**********1234}. */
    public static String residentId(String id) {
        return keepEnds(id, 4, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}; other numbers keep only their last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return "";
        }
        String p = phone.strip();
        return p.length() == 11 ? keepEnds(p, 3, 4) : keepEnds(p, 0, 4);
    }

    /** {@code 6222021234567890123} → {@code 6222***********0123}. */
    public static String bankAccount(String account) {
        return keepEnds(account == null ? null : account.replace(" ", ""), 4, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
