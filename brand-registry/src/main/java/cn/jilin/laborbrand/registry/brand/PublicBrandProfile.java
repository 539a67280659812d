package cn.jilin.laborbrand.registry.brand;

import java.util.List;

/** A designated brand's public page: the brand and the names of its leading enterprises (organisations, not people). */
public record PublicBrandProfile(PublicBrand brand, List<String> leadingEnterprises) {
}
