package cn.jilin.laborbrand.platform.ratelimit;

import java.time.Duration;

/**
 * A named limit: at most {@code max} requests of one subject (a client address, an account) per {@code window},
 * estimated over a sliding window.
 */
public record RateLimit(String name, int max, Duration window) {

    public RateLimit {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,40}")) {
            throw new IllegalArgumentException("a limit's name is a short lower-case word: " + name);
        }
        if (max < 1 || window.toSeconds() < 1) {
            throw new IllegalArgumentException("a limit allows at least one request per second-long window");
        }
    }

    String key(String subject) {
        String s = subject == null || subject.isBlank() ? "?" : subject;
        return name + ":" + (s.length() > 150 ? s.substring(0, 150) : s);
    }
}
