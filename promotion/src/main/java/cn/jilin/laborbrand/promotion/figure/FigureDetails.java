package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.code.ResidentId.Sex;

/**
 * What an officer enters about a typical figure. The region may be left empty: the brand's region is taken. No resident
 * ID and no phone: a typical figure is known by name, brand and story.
 */
public record FigureDetails(String name, Sex sex, Integer birthYear, FigureRole role, Long brandId, String regionCode,
                            String headline, String story) {
}
