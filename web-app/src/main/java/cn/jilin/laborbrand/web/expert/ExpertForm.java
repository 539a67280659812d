package cn.jilin.laborbrand.web.expert;

import cn.jilin.laborbrand.platform.review.ExpertDetails;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An expert of the pool as posted. Brand types and industries are the registry's codes (the pool in platform keeps
 * them as codes). The phone is never shown back: blank on an edit keeps the one given before.
 */
record ExpertForm(
        Long accountId,
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 100) String organisation,
        @Size(max = 50) String title,
        @Size(max = 300) String fields,
        Set<BrandType> brandTypes,
        Set<IndustrySection> industries,
        @Size(max = 300) String occupations,
        @NotBlank String homeRegionCode,
        @Size(max = 20) String phone,
        long version) {

    static ExpertForm empty() {
        return new ExpertForm(null, "", "", "", "", EnumSet.noneOf(BrandType.class), EnumSet.noneOf(IndustrySection.class), "", "220000", "", 0);
    }

    static ExpertForm of(ExpertDetails d, long version) {
        return new ExpertForm(d.accountId(), d.name(), d.organisation(), d.title(), d.fields(),
                d.brandTypes().stream().map(BrandType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(BrandType.class))),
                d.industries().stream().map(IndustrySection::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(IndustrySection.class))),
                d.occupations(), d.homeRegionCode(), "", version);
    }

    ExpertDetails details() {
        return new ExpertDetails(accountId, name, organisation, title, fields,
                brandTypes == null ? Set.of() : brandTypes.stream().map(Enum::name).collect(Collectors.toSet()),
                industries == null ? Set.of() : industries.stream().map(Enum::name).collect(Collectors.toSet()),
                occupations, homeRegionCode, phone);
    }
}
