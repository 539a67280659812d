package cn.jilin.laborbrand.registry.brand;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The brand figures of the plan's targets (一、工作目标): 50+ regional and industry brands; 5+ national, 20+ provincial,
 * 30+ municipal. Counted live: active brands with a designated level, by home prefecture.
 */
@Configuration(proxyBeanMethods = false)
class BrandMetrics {

    @Bean
    PlanMetric designatedBrands(BrandService brands, RegionService regions) {
        return metric("brand.designated", brands, regions, c -> true);
    }

    @Bean
    PlanMetric nationalBrands(BrandService brands, RegionService regions) {
        return metric("brand.national", brands, regions, c -> c.level() == BrandLevel.NATIONAL);
    }

    @Bean
    PlanMetric provincialBrands(BrandService brands, RegionService regions) {
        return metric("brand.provincial", brands, regions, c -> c.level() == BrandLevel.PROVINCIAL);
    }

    @Bean
    PlanMetric municipalBrands(BrandService brands, RegionService regions) {
        return metric("brand.municipal", brands, regions, c -> c.level() == BrandLevel.MUNICIPAL);
    }

    @Bean
    PlanMetric regionalBrands(BrandService brands, RegionService regions) {
        return metric("brand.regional", brands, regions, c -> c.scope() == BrandScope.REGIONAL);
    }

    @Bean
    PlanMetric industryBrands(BrandService brands, RegionService regions) {
        return metric("brand.industry", brands, regions, c -> c.scope() == BrandScope.INDUSTRY);
    }

    private static PlanMetric metric(String code, BrandService brands, RegionService regions, Predicate<BrandCount> counted) {
        return PlanMetric.of(code, () -> {
            long total = 0;
            Map<String, Long> byPrefecture = new HashMap<>();
            for (BrandCount count : brands.designatedCounts()) {
                if (counted.test(count)) {
                    total += count.count();
                    regions.prefectureOf(count.regionCode()).ifPresent(p -> byPrefecture.merge(p, count.count(), Long::sum));
                }
            }
            return new MetricReading(total, byPrefecture);
        });
    }
}
