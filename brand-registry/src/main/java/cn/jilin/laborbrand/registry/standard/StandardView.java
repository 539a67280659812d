package cn.jilin.laborbrand.registry.standard;

import cn.jilin.laborbrand.registry.brand.BrandName;
import java.util.List;

/** A standard's page: the standard and the brands it covers. */
public record StandardView(BrandStandard standard, List<BrandName> brands) {
}
