package cn.jilin.laborbrand.registry.standard;

/**
 * 团体标准, 行业标准, 地方标准 — and 行业协会诚信承诺制度, an association's credit commitment system, kept as a fourth kind
 * of the same record (its issuing body is the association, its issue date the date it was adopted; it needs no number).
 */
public enum StandardKind {
    GROUP, INDUSTRY, LOCAL, CREDIT_COMMITMENT;

    public boolean needsNumber() {
        return this != CREDIT_COMMITMENT;
    }
}
