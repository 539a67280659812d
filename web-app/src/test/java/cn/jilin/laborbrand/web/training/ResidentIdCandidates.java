package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.code.ResidentId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * How many resident IDs fit what a page or an export shows of one person: the visible characters of the masked ID,
 * the sex, the age or birth date, and a region. An ID is 6 region digits, 8 birth-date digits, 3 sequence digits (odd
 * for men) and a check character (ISO 7064 MOD 11-2 of the 17 before it). Regions come from the platform's region
 * table; birth dates are those that give the shown age today; the check character, when shown, is counted exactly by
 * the weighted sums of the three parts modulo 11.
 */
final class ResidentIdCandidates {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** The oldest person a page could show when it shows neither age nor birth date. */
    private static final int OLDEST = 120;

    /**
     * What was shown of a person: {@code maskedId} with '*' for hidden characters (null when none), the sex, the age
     * or the birth date (either may be null), and the region codes a shown region allows (null when none was shown).
     */
    record Shown(String maskedId, ResidentId.Sex sex, Integer age, LocalDate birthDate, Collection<String> regions) {
    }

    private ResidentIdCandidates() {
    }

    /** The number of valid resident IDs consistent with {@code shown}, with {@code regionCodes} the possible regions. */
    static long count(Shown shown, Collection<String> regionCodes, LocalDate today) {
        String pattern = shown.maskedId() != null && shown.maskedId().length() == 18 ? shown.maskedId() : "*".repeat(18);
        long[] regions = new long[11];
        for (String code : regionCodes) {
            if (code.matches("\\d{6}") && !code.endsWith("00") && fits(pattern, 0, code)
                    && (shown.regions() == null || shown.regions().contains(code))) {
                regions[sum(code, 0) % 11]++;
            }
        }
        long[] dates = new long[11];
        for (LocalDate d : birthDates(shown, today)) {
            String digits = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (fits(pattern, 6, digits)) {
                dates[sum(digits, 6) % 11]++;
            }
        }
        long[] sequences = new long[11];
        for (int n = 0; n < 1000; n++) {
            String digits = String.format("%03d", n);
            boolean sexFits = shown.sex() == null || (n % 2 == 1) == (shown.sex() == ResidentId.Sex.MALE);
            if (sexFits && fits(pattern, 14, digits)) {
                sequences[sum(digits, 14) % 11]++;
            }
        }
        char check = pattern.charAt(17);
        long total = 0;
        for (int r = 0; r < 11; r++) {
            for (int d = 0; d < 11; d++) {
                for (int s = 0; s < 11; s++) {
                    if (check == '*' || CHECK_CHARACTERS.charAt((r + d + s) % 11) == check) {
                        total += regions[r] * dates[d] * sequences[s];
                    }
                }
            }
        }
        return total;
    }

    private static List<LocalDate> birthDates(Shown shown, LocalDate today) {
        if (shown.birthDate() != null) {
            return List.of(shown.birthDate());
        }
        LocalDate from = shown.age() == null ? today.minusYears(OLDEST + 1L).plusDays(1) : today.minusYears(shown.age() + 1L).plusDays(1);
        LocalDate to = shown.age() == null ? today : today.minusYears(shown.age());
        return from.datesUntil(to.plusDays(1))
                .filter(d -> shown.age() == null || Period.between(d, today).getYears() == shown.age()).toList();
    }

    /** Whether the digits, placed at {@code offset}, agree with every visible character of the pattern. */
    private static boolean fits(String pattern, int offset, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char shown = pattern.charAt(offset + i);
            if (shown != '*' && shown != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int sum(String digits, int offset) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[offset + i];
        }
        return sum;
    }
}
