package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The brand lines of a return: the brands of its prefecture-level unit and counties, and lines pre-filled from them. */
@Component
class SurveyBrandLines {

    static final Comparator<ReturnBrandRow> ORDER =
            Comparator.comparing(ReturnBrandRow::getBrandRegionCode).thenComparing(ReturnBrandRow::getBrandName);

    private final BrandService brands;
    private final RegionService regions;

    SurveyBrandLines(BrandService brands, RegionService regions) {
        this.brands = brands;
        this.regions = regions;
    }

    /** The brands of a prefecture-level unit and its counties, whatever their status, as the caller may see them. */
    List<LaborBrand> brandsOf(String prefecture, DataScope scope) {
        BrandFilter filter = new BrandFilter(regions.coveredCodes(prefecture), null, null, null, null);
        return brands.search(filter, scope, Pageable.unpaged(Sort.by("regionCode", "name"))).getContent();
    }

    /** The active ones: those a new return gets a line for. */
    List<LaborBrand> activeBrandsOf(String prefecture, DataScope scope) {
        return brandsOf(prefecture, scope).stream().filter(b -> b.getStatus() == BrandStatus.ACTIVE).toList();
    }

    /** A line with the brand's current figures. */
    static ReturnBrandRow lineOf(LaborBrand brand) {
        return new ReturnBrandRow(brand.getId(), brand.getName(), brand.getRegionCode(), brand.getType(),
                new BrandFigures(brand.getId(), brand.getMaturity(), brand.getWorkforceSize(), brand.getAnnualLaborIncome(),
                        brand.getTrainedCount(), brand.getCertifiedCount()));
    }

    /** Fills a new return with a line per active brand of its region. */
    void prefill(SurveyReturn r, DataScope scope) {
        activeBrandsOf(r.getRegionCode(), scope).stream().map(SurveyBrandLines::lineOf).sorted(ORDER).forEach(r.brandRowsForUpdate()::add);
    }
}
