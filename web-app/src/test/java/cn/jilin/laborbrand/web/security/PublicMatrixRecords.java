package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.web.publicsite.ShowcaseFixtures;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records of the public showcase for the authorisation matrix: a designated brand with a logo, which everyone may see. */
@Component
class PublicMatrixRecords {

    private final ShowcaseFixtures showcase;

    PublicMatrixRecords(ShowcaseFixtures showcase) {
        this.showcase = showcase;
    }

    Map<String, String> designatedBrand() {
        long id = showcase.brand(ShowcaseFixtures.token("矩阵公开品牌"), "222401", BrandLevel.PROVINCIAL, IndustrySection.C, BrandType.SKILL, null, null);
        showcase.logo(id);
        return Map.of("id", String.valueOf(id));
    }
}
