package cn.jilin.laborbrand.platform.apiclient;

/**
 * The non-public datasets of {@code /api/v1/gov} that a client may be granted: aggregates only, no personal data. The
 * authority is what a client's token confers and what each endpoint asks for.
 */
public enum ApiDataset {
    /** Certificates issued by region, occupation, kind and month (training-base). */
    CERTIFICATES,
    /** Subsidies paid by region, policy and month (subsidy). */
    SUBSIDY_PAYMENTS,
    /** Brand applications by region, level and state (brand-registry). */
    BRAND_APPLICATIONS;

    public static final String AUTHORITY_PREFIX = "api:dataset:";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
