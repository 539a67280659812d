package cn.jilin.laborbrand.training.cooperation;

/** What the cooperation registers share: their name search. */
final class Cooperation {

    private Cooperation() {
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
