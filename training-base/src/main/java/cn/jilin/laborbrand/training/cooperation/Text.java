package cn.jilin.laborbrand.training.cooperation;

/** Optional text as stored: null when blank, else stripped. */
final class Text {

    private Text() {
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
