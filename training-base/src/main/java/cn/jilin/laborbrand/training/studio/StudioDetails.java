package cn.jilin.laborbrand.training.studio;

/** What is entered about a studio or high-skill base. */
public record StudioDetails(StudioKind kind, String name, String regionCode, String host, String leader, String occupationCode, Long brandId,
                            Integer approvedYear, String description) {
}
