package cn.jilin.laborbrand.platform.code;

import cn.jilin.laborbrand.platform.PlatformTime;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for men, even for women) and a
 * check character by ISO 7064 MOD 11-2. Valid by construction; {@link #toString()} is masked so that a log line
 * or an exception message never carries the full number.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public enum Sex { MALE, FEMALE }

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses a resident ID, accepting a lower-case x and surrounding blanks; today bounds the birth date. */
    public static ResidentId of(String input) {
        return of(input, LocalDate.now(PlatformTime.ZONE));
    }

    static ResidentId of(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new InvalidCodeException("code.residentId.required", "resident ID is required");
        }
        String id = input.strip().toUpperCase();
        if (id.length() != 18) {
            throw new InvalidCodeException("code.residentId.length", "resident ID must have 18 characters, not " + id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                throw new InvalidCodeException("code.residentId.digits", "the first 17 characters must be digits; character " + (i + 1) + " is not");
            }
        }
        char last = id.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new InvalidCodeException("code.residentId.lastCharacter", "the last character must be a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidCodeException("code.residentId.birthDate", "characters 7-14 are not a valid birth date");
        }
        if (birth.isAfter(today)) {
            throw new InvalidCodeException("code.residentId.birthDate", "characters 7-14 are a birth date in the future");
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (last != expected) {
            throw new InvalidCodeException("code.residentId.checkCharacter", "the check character does not match the first 17 characters");
        }
        return new ResidentId(id, birth);
    }

    /** True when {@code input} is a valid resident ID. */
    public static boolean isValid(String input) {
        try {
            of(input);
            return true;
        } catch (InvalidCodeException e) {
            return false;
        }
    }

    /** The ISO 7064 MOD 11-2 check character of a 17-digit body. */
    public static char checkCharacter(String body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("body must have 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The full number: only for encryption, never for display or logs. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six-digit GB/T 2260 code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Masking.residentId(value);
    }
}
