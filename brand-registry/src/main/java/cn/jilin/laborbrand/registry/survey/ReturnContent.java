package cn.jilin.laborbrand.registry.survey;

import java.util.List;

/** What a bureau enters in its return: a line per brand of its region, and its groups that are not brands yet. */
public record ReturnContent(List<BrandFigures> brands, List<GroupFigures> groups) {

    public ReturnContent {
        brands = brands == null ? List.of() : List.copyOf(brands);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
