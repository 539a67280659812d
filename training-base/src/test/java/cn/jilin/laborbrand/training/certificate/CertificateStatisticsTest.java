package cn.jilin.laborbrand.training.certificate;

import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The certificate counts for other government systems: by region, occupation, kind and month, within the scope asked. */
@SpringBootTest(classes = TrainingTestApplication.class)
class CertificateStatisticsTest {

    @Autowired
    CertificateStatistics statistics;
    @Autowired
    TrainingTestData data;

    @Test
    void aCertificateIsCountedInItsRegionsMonthAndOnlyWithinScopesThatCoverIt() {
        DataScope liaoyuan = data.city("220400");
        long before = count(statistics.issued(liaoyuan, 2026), "220402");
        long provinceBefore = count(statistics.issued(DataScope.province(), 2026), "220402");

        Institution institution = data.institution("220402");
        TrainingCourse course = data.course(institution);
        long trainee = data.trainee(course, "统计持证人", residentId("220402"));
        data.certificate(course, trainee, institution.getOrganisationId(), "STAT-" + TrainingTestData.next());

        assertThat(count(statistics.issued(liaoyuan, 2026), "220402")).isEqualTo(before + 1);
        assertThat(count(statistics.issued(DataScope.province(), 2026), "220402")).isEqualTo(provinceBefore + 1);
        assertThat(statistics.issued(data.city("220100"), 2026)).allSatisfy(row -> assertThat(row.regionCode()).startsWith("2201"));
        assertThat(statistics.issued(liaoyuan, 2026)).allSatisfy(row -> assertThat(row.regionCode()).startsWith("2204"));
        assertThat(count(statistics.issued(liaoyuan, 2025), "220402")).isZero();
        assertThat(statistics.issued(DataScope.none(), 2026)).isEmpty();
        assertThat(statistics.issued(DataScope.organisation(institution.getOrganisationId()), 2026)).isEmpty();
    }

    /** Skill-level certificates of occupation 6-22-01-01 issued in May 2026 in a region (what the fixtures record). */
    private static long count(List<CertificateStatistics.IssuedCount> rows, String region) {
        return rows.stream().filter(r -> r.regionCode().equals(region) && r.occupationCode().equals("6-22-01-01")
                && r.kind().equals("SKILL_LEVEL") && r.month().equals("2026-05")).mapToLong(CertificateStatistics.IssuedCount::count).sum();
    }
}
