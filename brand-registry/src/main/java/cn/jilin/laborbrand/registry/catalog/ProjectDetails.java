package cn.jilin.laborbrand.registry.catalog;

/** What a key project says of itself: name, where it is carried out, what it does, who carries it, its brand, its year. */
public record ProjectDetails(String name, String regionCode, String description, String leadOrganisation, Long brandId, int year) {
}
