package cn.jilin.laborbrand.web.brand;

import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The brand form as posted; bound here, never onto the entity. */
record BrandForm(
        @NotBlank @Size(max = 60) String name,
        @NotBlank String regionCode,
        @NotNull BrandScope scope,
        @NotNull BrandType type,
        @NotNull IndustrySection industry,
        @Size(max = 500) String occupations,
        @NotNull BrandMaturity maturity,
        @NotNull @PositiveOrZero @Max(100_000_000) Integer workforceSize,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal annualLaborIncome,
        @NotNull @PositiveOrZero @Max(100_000_000) Integer trainedCount,
        @NotNull @PositiveOrZero @Max(100_000_000) Integer certifiedCount,
        @Size(max = 50) String brandLeader,
        @Size(max = 50) String trademarkNumber,
        @Size(max = 5000) String story,
        BrandStatus status,
        long version) {

    static BrandForm empty(String regionCode) {
        return new BrandForm("", regionCode, BrandScope.REGIONAL, BrandType.SKILL, null, "", BrandMaturity.EMERGING,
                null, null, 0, 0, "", "", "", BrandStatus.ACTIVE, 0);
    }

    static BrandForm of(BrandDetails d, long version) {
        return new BrandForm(d.name(), d.regionCode(), d.scope(), d.type(), d.industry(), d.occupations(), d.maturity(),
                d.workforceSize(), d.annualLaborIncome(), d.trainedCount(), d.certifiedCount(), d.brandLeader(),
                d.trademarkNumber(), d.story(), d.status(), version);
    }

    BrandDetails details() {
        return new BrandDetails(name, regionCode, scope, type, industry, occupations, maturity, workforceSize,
                annualLaborIncome, trainedCount, certifiedCount, brandLeader, trademarkNumber, story, status);
    }
}
