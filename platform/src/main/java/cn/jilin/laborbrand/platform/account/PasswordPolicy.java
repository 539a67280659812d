package cn.jilin.laborbrand.platform.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 等保2.0 password complexity: at least 12 characters, at least three of the four classes (upper case, lower case,
 * digits, other characters), and not containing the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.policy.length");
        }
        if (password != null && classes(password) < 3) {
            broken.add("password.policy.classes");
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            broken.add("password.policy.username");
        }
        return broken;
    }

    /**
     * A one-time password that passes the policy: 16 characters from all four classes, without look-alikes (0/O, 1/l/I),
     * so that it can be read off a sheet of paper.
     */
    public static String randomPassword() {
        String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "#%+=@"};
        List<Character> chars = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String from = classes[i < 4 ? i : RANDOM.nextInt(3)];
            chars.add(from.charAt(RANDOM.nextInt(from.length())));
        }
        java.util.Collections.shuffle(chars, RANDOM);
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
