package cn.jilin.laborbrand.governance.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The cities' register by who reads it: a prefecture's scope sees and writes its own unit only, the province every unit;
 * counties and other units are not found; a plan adopted later than today or ending before its adoption is refused.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class CityPlanScopeTest {

    private static final String SIPING = "220300";
    private static final String SONGYUAN = "220700";

    @Autowired
    CityPlanService cities;
    @Autowired
    RegionService regions;

    private static <T> T as(Supplier<T> work) {
        return SystemActor.call(work, "city-plan:view", "city-plan:manage");
    }

    private DataScope scopeOf(String prefecture) {
        return DataScope.region(prefecture, regions.coveredCodes(prefecture));
    }

    private static CityPlanRecord plan(LocalDate adopted, LocalDate deadline) {
        return new CityPlanRecord("组长", "副市长", null, LocalDate.of(2023, 1, 5), "推进落实方案", "文号", adopted, deadline, null);
    }

    @Test
    void aPrefectureSeesAndWritesItsOwnUnitOnly() {
        DataScope siping = scopeOf(SIPING);
        as(() -> {
            cities.save(SIPING, null, plan(LocalDate.of(2023, 3, 1), LocalDate.of(2025, 12, 31)), siping);
            return cities.recordMeeting(SIPING, new CityMeetingRecord(LocalDate.of(2024, 2, 2), "四平会议", "主持人", "纪要"), siping);
        });
        assertThat(as(() -> cities.overview(siping))).extracting(l -> l.region().getCode()).containsExactly(SIPING);
        assertThat(as(() -> cities.line(SIPING, siping)).status()).isEqualTo(CityPlanStatus.PLAN);
        assertThat(as(() -> cities.hasAdoptedPlan(SIPING, scopeOf(SONGYUAN)))).isFalse();
        assertThatThrownBy(() -> as(() -> cities.line(SIPING, scopeOf(SONGYUAN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> cities.meetings(SIPING, scopeOf(SONGYUAN)))).isInstanceOf(NotFoundException.class);
        long meeting = as(() -> cities.meetings(SIPING, siping)).get(0).getId();
        assertThatThrownBy(() -> as(() -> cities.meeting(SONGYUAN, meeting, scopeOf(SONGYUAN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemActor.run(() -> cities.save(SIPING, null, CityPlanRecord.empty(), scopeOf(SONGYUAN)),
                "city-plan:view", "city-plan:manage")).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> cities.overview(DataScope.province()))).hasSize(regions.prefectures().size());
        assertThat(as(() -> cities.overview(DataScope.organisation(1L)))).isEmpty();
    }

    @Test
    void countiesAndTheProvinceHaveNoRecord() {
        String county = regions.children(SONGYUAN).get(0).getCode();
        assertThatThrownBy(() -> as(() -> cities.line(county, DataScope.province()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> cities.line("220000", DataScope.province()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPlanNotYetAdoptedOrEndingBeforeItsAdoptionIsRefused() {
        assertThatThrownBy(() -> SystemActor.run(() -> cities.save(SONGYUAN, null, plan(LocalDate.now().plusYears(1), null), DataScope.province()),
                "city-plan:view", "city-plan:manage")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SystemActor.run(() -> cities.save(SONGYUAN, null,
                plan(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 2, 1)), DataScope.province()), "city-plan:view", "city-plan:manage"))
                .isInstanceOf(RuleViolation.class);
        assertThat(as(() -> cities.line(SONGYUAN, DataScope.province())).record()).isNull();
    }
}
