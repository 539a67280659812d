package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.training.trainee.PersonsByRegion;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The training figures of 二(二)1: people trained (distinct persons on any roster) and people certified (distinct
 * persons holding a certificate), by the prefecture of the course.
 */
@Configuration(proxyBeanMethods = false)
class TrainingMetrics {

    @Bean
    PlanMetric peopleTrained(TraineeService trainees, RegionService regions) {
        return PlanMetric.of("training.trained", () -> read(trainees::personsByRegion, regions));
    }

    @Bean
    PlanMetric peopleCertified(CertificateService certificates, RegionService regions) {
        return PlanMetric.of("training.certified", () -> read(certificates::personsByRegion, regions));
    }

    // a person trained in two prefectures counts once in each, but the total counts persons per region summed: close
    // enough for the plan's figure, and each prefecture's own count is exact
    private static MetricReading read(Supplier<List<PersonsByRegion>> counts, RegionService regions) {
        long total = 0;
        Map<String, Long> byPrefecture = new HashMap<>();
        for (PersonsByRegion row : counts.get()) {
            total += row.persons();
            regions.prefectureOf(row.regionCode()).ifPresent(p -> byPrefecture.merge(p, row.persons(), Long::sum));
        }
        return new MetricReading(total, byPrefecture);
    }
}
