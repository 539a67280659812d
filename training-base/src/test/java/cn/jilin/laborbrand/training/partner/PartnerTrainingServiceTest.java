package cn.jilin.laborbrand.training.partner;

import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.metric.Counted;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.HandClock;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The departments' training figures count distinct persons for each year and, separately, for all years (a person
 * trained in two years is one person of all years); a county's courses count for its prefecture; cancelled courses
 * not at all; the filters and pages select from the count; the count is kept for the freshness and then taken again.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class PartnerTrainingServiceTest {

    private static final String LIAOYUAN = "220400";
    private static final String OCCUPATION = "6-22-01-01";

    @Autowired
    PartnerTrainingService service;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<PartnerEntitlements> entitlements;
    @Autowired
    AuditService audit;

    private static <T> T partner(Supplier<T> work) {
        return SystemActor.call(work, "partner:view");
    }

    private TrainingFigures liaoyuan(Integer year) {
        List<TrainingFigures> rows = partner(() -> service.training(new TrainingFilter(LIAOYUAN, OCCUPATION, year),
                DataScope.province(), Pageable.ofSize(50))).figures().getContent();
        assertThat(rows).hasSizeLessThanOrEqualTo(1).allSatisfy(f -> assertThat(f.prefectureCode()).isEqualTo(LIAOYUAN));
        return rows.isEmpty() ? new TrainingFigures(LIAOYUAN, OCCUPATION, null, 0, 0, 0, 0) : rows.get(0);
    }

    private PriorityGroupFigures poverty(Integer year) {
        return partner(() -> service.priorityGroups(year, DataScope.province())).figures().stream()
                .filter(f -> f.prefectureCode().equals(LIAOYUAN) && f.group() == PriorityGroup.POVERTY_ALLEVIATED).findFirst()
                .orElse(new PriorityGroupFigures(LIAOYUAN, PriorityGroup.POVERTY_ALLEVIATED, 0, 0));
    }

    private TrainingCourse courseIn(Institution institution, int year) {
        TrainingCourse course = data.course(institution);
        jdbc.update("update training_course set start_date = make_date(?, 3, 1), end_date = make_date(?, 4, 30) where id = ?", year, year, course.getId());
        return course;
    }

    @Test
    void distinctPersonsAreCountedForEachYearAndOnceForAllYears() {
        TrainingFigures allBefore = liaoyuan(null);
        TrainingFigures before2026 = liaoyuan(2026);
        TrainingFigures before2025 = liaoyuan(2025);
        PriorityGroupFigures povertyBefore = poverty(null);
        PriorityGroupFigures poverty2025Before = poverty(2025);

        Institution county = data.institution("220402");
        TrainingCourse in2026 = courseIn(county, 2026);
        TrainingCourse in2025 = courseIn(county, 2025);
        String twice = residentId("220402");
        long p2026 = data.trainee(in2026, "两年学员", twice);
        long p2025 = data.trainee(in2025, "两年学员", twice);
        data.trainee(in2026, "一年学员", residentId("220402"));
        data.certificate(in2026, p2026, county.getOrganisationId(), "PARTNER-STAT-" + TrainingTestData.next());
        jdbc.update("update trainee set priority_groups = 'POVERTY_ALLEVIATED' where id in (?, ?)", p2026, p2025);
        long dispatch = jdbc.queryForObject("insert into labor_dispatch (region_code, organiser_kind, organiser_name, destination_outside, employer, "
                + "start_date) values ('220402', 'BUREAU', '县人社局', '天津市', '某制造企业', date '2025-06-01') returning id", Long.class);
        jdbc.update("insert into labor_dispatch_trainee (dispatch_id, trainee_id) values (?, ?)", dispatch, p2025);
        TrainingCourse cancelled = courseIn(county, 2026);
        data.trainee(cancelled, "取消班学员", residentId("220402"));
        jdbc.update("update training_course set status = 'CANCELLED' where id = ?", cancelled.getId());

        TrainingFigures all = liaoyuan(null);
        assertThat(all.courses() - allBefore.courses()).isEqualTo(2);
        assertThat(all.trained() - allBefore.trained()).as("the person of both years is one person of all years").isEqualTo(2);
        assertThat(all.certificates() - allBefore.certificates()).isOne();
        assertThat(all.certified() - allBefore.certified()).isOne();
        TrainingFigures of2026 = liaoyuan(2026);
        assertThat(of2026.courses() - before2026.courses()).isOne();
        assertThat(of2026.trained() - before2026.trained()).isEqualTo(2);
        assertThat(of2026.certified() - before2026.certified()).isOne();
        TrainingFigures of2025 = liaoyuan(2025);
        assertThat(of2025.courses() - before2025.courses()).isOne();
        assertThat(of2025.trained() - before2025.trained()).isOne();
        assertThat(of2025.certificates() - before2025.certificates()).isZero();

        assertThat(poverty(null).trained() - povertyBefore.trained()).isOne();
        assertThat(poverty(null).dispatched() - povertyBefore.dispatched()).isOne();
        assertThat(poverty(2025).trained() - poverty2025Before.trained()).isOne();
        assertThat(poverty(2025).dispatched() - poverty2025Before.dispatched()).isOne();
    }

    @Test
    void filtersAndPagesSelectFromTheCount() {
        data.trainee(data.course(data.institution("220402")), "筛选学员", residentId("220402"));
        data.trainee(data.course(data.institution("220102")), "筛选学员", residentId("220102"));
        List<TrainingFigures> everything = partner(() -> service.training(new TrainingFilter(null, null, null),
                DataScope.province(), Pageable.ofSize(10_000))).figures().getContent();
        assertThat(everything).extracting(TrainingFigures::prefectureCode).contains(LIAOYUAN)
                .allSatisfy(code -> assertThat(code).matches("22\\d\\d00"));
        var page = partner(() -> service.training(new TrainingFilter(" ", "", null), DataScope.province(), Pageable.ofSize(1).withPage(1)))
                .figures();
        assertThat(page.getTotalElements()).isEqualTo(everything.size());
        assertThat(page.getContent()).containsExactly(everything.get(1));
        assertThat(partner(() -> service.training(new TrainingFilter(null, null, null), DataScope.province(),
                Pageable.ofSize(20).withPage(10_000))).figures().getContent()).isEmpty();
        assertThat(partner(() -> service.training(new TrainingFilter("220402", OCCUPATION, null), DataScope.province(),
                Pageable.ofSize(20))).figures().getContent()).as("a county is not a row of its own").isEmpty();
        assertThat(partner(() -> service.training(new TrainingFilter(LIAOYUAN, OCCUPATION, 1990), DataScope.province(),
                Pageable.ofSize(20))).figures().getContent()).isEmpty();
    }

    @Test
    void theCountIsKeptForTheFreshnessAndThenTakenAgain() {
        HandClock clock = new HandClock("2026-06-30T02:00:00Z", ZoneId.of("Asia/Shanghai"));
        PartnerTrainingService kept = new PartnerTrainingService(jdbc, entitlements, audit, clock, Duration.ofMinutes(1));
        TrainingFilter filter = new TrainingFilter(LIAOYUAN, OCCUPATION, null);
        data.trainee(data.course(data.institution("220402")), "已有学员", residentId("220402"));
        Counted<Page<TrainingFigures>> first = kept.training(filter, DataScope.province(), Pageable.ofSize(20));
        TrainingFigures before = first.figures().getContent().get(0);

        data.trainee(data.course(data.institution("220402")), "新增学员", residentId("220402"));
        clock.travel(Duration.ofSeconds(59));
        Counted<Page<TrainingFigures>> stillKept = kept.training(filter, DataScope.province(), Pageable.ofSize(20));
        assertThat(stillKept.countedAt()).isEqualTo(first.countedAt());
        assertThat(kept.training(filter, DataScope.province(), Pageable.ofSize(20)).figures().getContent().get(0)).isEqualTo(before);
        assertThat(stillKept.freshnessMinutes()).isOne();

        clock.travel(Duration.ofSeconds(2));
        Counted<Page<TrainingFigures>> again = kept.training(filter, DataScope.province(), Pageable.ofSize(20));
        assertThat(again.countedAt()).isEqualTo(clock.instant());
        assertThat(again.figures().getContent().get(0).trained()).isEqualTo(before.trained() + 1);
    }
}
