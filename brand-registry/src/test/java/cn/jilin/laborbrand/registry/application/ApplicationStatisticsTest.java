package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Application counts for other government systems: by region, level and state, drafts left out, within the scope asked. */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class ApplicationStatisticsTest {

    @Autowired
    ApplicationStatistics statistics;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applicationsAreCountedByRegionLevelAndStateWithinTheScopeAndDraftsAreLeftOut() {
        long before = count(statistics.byState(records.city(CHANGCHUN)), NANGUAN, "SUBMITTED");
        long nanguan = records.application(records.brand(NANGUAN), BrandLevel.MUNICIPAL, records.city(CHANGCHUN));
        assertThat(count(statistics.byState(records.city(CHANGCHUN)), NANGUAN, "SUBMITTED")).isEqualTo(before);
        assertThat(statistics.byState(records.city(CHANGCHUN))).noneMatch(row -> row.state().equals("DRAFT"));

        // the state as the workflow would have left it; this test is about the count, not the step
        jdbc.update("update brand_application set state = 'SUBMITTED' where id = ?", nanguan);
        assertThat(count(statistics.byState(records.city(CHANGCHUN)), NANGUAN, "SUBMITTED")).isEqualTo(before + 1);
        assertThat(count(statistics.byState(DataScope.province()), NANGUAN, "SUBMITTED")).isGreaterThanOrEqualTo(before + 1);
        assertThat(statistics.byState(records.city(LIAOYUAN))).allSatisfy(row -> assertThat(row.regionCode()).startsWith("2204"));
        assertThat(statistics.byState(DataScope.none())).isEmpty();
    }

    private static long count(List<ApplicationStatistics.StateCount> rows, String region, String state) {
        return rows.stream().filter(r -> r.regionCode().equals(region) && r.targetLevel().equals("MUNICIPAL") && r.state().equals(state))
                .mapToLong(ApplicationStatistics.StateCount::count).sum();
    }
}
