package cn.jilin.laborbrand.training.certificate;

/** 职业资格证书 / 职业技能等级证书 (levels 1–5) / 专项职业能力证书 (二(二)1). */
public enum CertificateKind {
    QUALIFICATION("职业资格证书"), SKILL_LEVEL("职业技能等级证书"), SPECIAL_ABILITY("专项职业能力证书");

    private final String chinese;

    CertificateKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean hasLevel() {
        return this == SKILL_LEVEL;
    }

    static CertificateKind ofChinese(String text) {
        for (CertificateKind kind : values()) {
            if (kind.chinese.equals(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        return null;
    }
}
