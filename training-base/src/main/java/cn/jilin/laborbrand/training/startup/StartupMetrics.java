package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 二(三)1: start-ups founded by brand workers, and the jobs they created, by prefecture. */
@Configuration(proxyBeanMethods = false)
class StartupMetrics {

    @Bean
    PlanMetric startupsFounded(StartupService startups, RegionService regions) {
        return PlanMetric.of("startup.count", () -> read(startups, regions, StartupCount::startups));
    }

    @Bean
    PlanMetric startupJobs(StartupService startups, RegionService regions) {
        return PlanMetric.of("startup.jobs", () -> read(startups, regions, StartupCount::jobs));
    }

    private static MetricReading read(StartupService startups, RegionService regions, ToLongFunction<StartupCount> figure) {
        long total = 0;
        Map<String, Long> byPrefecture = new HashMap<>();
        for (StartupCount row : startups.countByRegion()) {
            long value = figure.applyAsLong(row);
            total += value;
            regions.prefectureOf(row.regionCode()).ifPresent(p -> byPrefecture.merge(p, value, Long::sum));
        }
        return new MetricReading(total, byPrefecture);
    }
}
