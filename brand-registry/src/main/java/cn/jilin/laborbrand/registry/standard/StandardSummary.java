package cn.jilin.laborbrand.registry.standard;

import java.util.List;

/** A standard as lists show it, with the names of the brands it covers. */
public record StandardSummary(BrandStandard standard, List<String> brandNames) {
}
