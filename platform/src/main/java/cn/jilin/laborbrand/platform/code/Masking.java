package cn.jilin.laborbrand.platform.code;

import java.time.LocalDate;
import java.time.Period;

/**
 * How personal data shows on pages, in exports and PDFs: enough to recognise, never enough to use. What anyone without
 * a reveal permission sees of a person together must leave at least a million resident IDs possible: the province
 * (two characters), the sex (1,000 sequences → 500) and the age in years (about 366 birth dates) leave the ~60
 * county codes of a province × 366 × 500 ≈ 11 million. So an ID shows only its province, a person's age replaces the
 * birth date, and the home region (户籍地区) shows only its province: a county pins all six region digits, a
 * prefecture leaves as few as four (辽源).
 */
public final class Masking {

    /** How many leading characters of a resident ID stay visible: the province. */
    static final int RESIDENT_ID_VISIBLE = 2;

    private Masking() {
    }

    /** What is shown of a person beside their name: masked ID, sex, age, and the province of their home region. */
    public record Person(String residentId, ResidentId.Sex sex, int age, String homeProvinceCode) {
    }

    /** The one rule for showing a person, as of {@code today} (Asia/Shanghai); {@code homeRegionCode} may be null. */
    public static Person person(ResidentId id, String homeRegionCode, LocalDate today) {
        return new Person(residentId(id.value()), id.sex(), age(id.birthDate(), today), provinceOf(homeRegionCode));
    }

    /** {@code 220102199003071234} → {@code 22****************}: only the province stays (nothing of a malformed one). */
    public static String residentId(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String v = id.strip();
        return v.length() == 18 ? keepEnds(v, RESIDENT_ID_VISIBLE, 0) : "*".repeat(v.length());
    }

    /** Full years between the birth date and {@code today}; never negative. */
    public static int age(LocalDate birthDate, LocalDate today) {
        return birthDate.isAfter(today) ? 0 : Period.between(birthDate, today).getYears();
    }

    /** The province of a GB/T 2260 region code ({@code 220102} → {@code 220000}), or null for none. */
    public static String provinceOf(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            return null;
        }
        return regionCode.substring(0, 2) + "0000";
    }

    /** {@code 13812345678} → {@code 138****5678}; other numbers keep only their last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return "";
        }
        String p = phone.strip();
        return p.length() == 11 ? keepEnds(p, 3, 4) : keepEnds(p, 0, 4);
    }

    /**
     * A name as public lists show it: {@code 张三} → {@code 张*}, {@code 王小明} → {@code 王*明}, {@code 欧阳明华} → {@code 欧**华}:
     * the first and (from three characters) the last stay, enough for the person to recognise themselves.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String v = name.strip();
        int[] points = v.codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        masked.append("*".repeat(points.length - (points.length >= 3 ? 2 : 1)));
        if (points.length >= 3) {
            masked.appendCodePoint(points[points.length - 1]);
        }
        return masked.toString();
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
