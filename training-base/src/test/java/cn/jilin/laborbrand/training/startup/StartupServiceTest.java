package cn.jilin.laborbrand.training.startup;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.incubator.Incubator;
import cn.jilin.laborbrand.training.incubator.IncubatorDetails;
import cn.jilin.laborbrand.training.incubator.IncubatorFilter;
import cn.jilin.laborbrand.training.incubator.IncubatorKind;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Start-ups and incubators in the database: a city sees and edits its own region's (its counties' included), another
 * city's are not found; a county sees its own; bad input is refused field by field; a stale page is refused; every
 * change and export is audited, never with the founder's numbers; the founder's numbers are stored only encrypted.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class StartupServiceTest {

    private static final String LIAOYUAN = "220400";
    private static final String DONGFENG = "220421";
    private static final String TONGHUA = "220500";

    @Autowired
    StartupService startups;
    @Autowired
    IncubatorService incubators;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    List<PlanMetric> metrics;

    private long incubator(String regionCode, DataScope scope) {
        long operator = data.organisation(regionCode, OrganisationKind.ENTERPRISE);
        return as(() -> incubators.register(new IncubatorDetails(IncubatorKind.INCUBATION_BASE, "测试孵化基地" + TrainingTestData.next(), regionCode,
                operator, new BigDecimal("1200.50"), true, "前三年免租", false, true, null), scope));
    }

    private StartupDetails startup(String regionCode, long brandId, Long incubatorId) {
        return new StartupDetails("测试创业实体" + TrainingTestData.next(), regionCode, brandId, LocalDate.of(2024, 3, 1), 12, "李创业",
                residentId(regionCode), "13812345678", true, LocalDate.of(2023, 10, 9), "吉林银行", new BigDecimal("200000.00"),
                LocalDate.of(2024, 4, 1), 24, new BigDecimal("8000.5"), new BigDecimal("3000"), incubatorId);
    }

    private long audited(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?", Long.class, action, String.valueOf(id));
    }

    @Test
    void aCitySeesItsOwnAndItsCountiesStartupsAndAnotherCityDoesNot() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        long brand = data.brand(LIAOYUAN);
        long incubator = incubator(DONGFENG, liaoyuan);
        StartupDetails details = startup(DONGFENG, brand, incubator);
        long id = as(() -> startups.register(details, liaoyuan));

        StartupView shown = as(() -> startups.get(id, liaoyuan));
        assertThat(shown.founderResidentId()).startsWith("22").doesNotContain(details.founderResidentId().substring(2, 6)).hasSize(18);
        assertThat(shown.founderPhone()).isEqualTo("138****5678");
        assertThat(shown.loanAmount()).isEqualByComparingTo("200000").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(shown.loanInterestSubsidy()).isEqualTo(new BigDecimal("8000.50"));
        assertThat(shown.loanDueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        // a county officer of 东丰 sees it too, 通化 does not
        assertThat(as(() -> startups.get(id, data.city(DONGFENG))).name()).isEqualTo(details.name());
        assertThatThrownBy(() -> as(() -> startups.get(id, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> startups.search(new StartupFilter(null, null, incubator, null), data.city(TONGHUA), PageRequest.of(0, 10)))
                .getTotalElements()).isZero();
        assertThat(as(() -> startups.search(new StartupFilter(null, null, incubator, null), liaoyuan, PageRequest.of(0, 10))).map(StartupView::id))
                .containsExactly(id);
        assertThatThrownBy(() -> as(() -> incubators.get(incubator, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> incubators.search(new IncubatorFilter(null, List.of(DONGFENG), null), liaoyuan, PageRequest.of(0, 100)))
                .map(Incubator::getId)).contains(incubator);
        // 通化 cannot change it either
        assertThatThrownBy(() -> as(() -> {
            startups.update(id, 0, details, data.city(TONGHUA));
            return null;
        })).isInstanceOf(NotFoundException.class);

        // stored only encrypted: neither number appears in the row, the audit log has neither
        String row = jdbc.queryForObject("select concat_ws('|', founder_resident_id_cipher, founder_resident_id_index, founder_phone_cipher) "
                + "from startup where id = ?", String.class, id);
        assertThat(row).doesNotContain(details.founderResidentId()).doesNotContain("13812345678");
        assertThat(audited("startup.create", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or detail like '%13812345678%'", Long.class,
                "%" + details.founderResidentId() + "%")).isZero();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        long brand = data.brand(LIAOYUAN);
        long otherBrand = data.brand(TONGHUA);
        long otherIncubator = incubator(TONGHUA, data.city(TONGHUA));
        StartupDetails good = startup(LIAOYUAN, brand, null);
        assertRefused(good, liaoyuan, "foundedOn", d -> with(d, LocalDate.now(clock).plusDays(2), d.jobsCreated(), d.loanAmount(), d.brandId(), d.incubatorId()));
        assertRefused(good, liaoyuan, "jobsCreated", d -> with(d, d.foundedOn(), -1, d.loanAmount(), d.brandId(), d.incubatorId()));
        assertRefused(good, liaoyuan, "loanAmount", d -> with(d, d.foundedOn(), 3, new BigDecimal("100.001"), d.brandId(), d.incubatorId()));
        assertRefused(good, liaoyuan, "loanAmount", d -> with(d, d.foundedOn(), 3, new BigDecimal("1E+15"), d.brandId(), d.incubatorId()));
        assertRefused(good, liaoyuan, "brandId", d -> with(d, d.foundedOn(), 3, d.loanAmount(), 999_999_999L, d.incubatorId()));
        // another city's brand that is not designated
        assertRefused(good, liaoyuan, "brandId", d -> with(d, d.foundedOn(), 3, d.loanAmount(), otherBrand, d.incubatorId()));
        assertRefused(good, liaoyuan, "incubatorId", d -> with(d, d.foundedOn(), 3, d.loanAmount(), d.brandId(), 999_999_999L));
        assertRefused(good, liaoyuan, "incubatorId", d -> with(d, d.foundedOn(), 3, d.loanAmount(), d.brandId(), otherIncubator));
        StartupDetails outside = new StartupDetails(good.name(), TONGHUA, brand, good.foundedOn(), 1, "某人", residentId(TONGHUA), null, false, null,
                null, null, null, null, null, null, null);
        assertThatThrownBy(() -> as(() -> startups.register(outside, liaoyuan)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        StartupDetails badId = new StartupDetails(good.name(), LIAOYUAN, brand, good.foundedOn(), 1, "某人", "220400199001011234", null, false, null,
                null, null, null, null, null, null, null);
        assertThatThrownBy(() -> as(() -> startups.register(badId, liaoyuan)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("founderResidentId"));
        assertThat(jdbc.queryForObject("select count(*) from startup where name = ?", Long.class, good.name())).isZero();

        long operatorGovernment = jdbc.queryForObject("select min(id) from organisation where kind = 'HRSS_BUREAU'", Long.class);
        IncubatorDetails governmentRun = new IncubatorDetails(IncubatorKind.RETURNEE_PARK, "政府运营园区" + TrainingTestData.next(), LIAOYUAN,
                operatorGovernment, BigDecimal.TEN, false, null, false, false, null);
        assertThatThrownBy(() -> as(() -> incubators.register(governmentRun, liaoyuan)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("operatorId"));
    }

    @Test
    void aStalePageIsRefusedAndEveryChangeIsAudited() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        long brand = data.brand(LIAOYUAN);
        long incubator = incubator(LIAOYUAN, liaoyuan);
        StartupDetails details = startup(LIAOYUAN, brand, incubator);
        long id = as(() -> startups.register(details, liaoyuan));
        StartupDetails keepNumbers = new StartupDetails(details.name() + "（更名）", LIAOYUAN, brand, details.foundedOn(), 20, details.founderName(),
                "", "", false, null, null, null, null, null, null, null, null);
        as(() -> {
            startups.update(id, 0, keepNumbers, liaoyuan);
            return null;
        });
        StartupView after = as(() -> startups.get(id, liaoyuan));
        assertThat(after.jobsCreated()).isEqualTo(20);
        assertThat(after.hasLoan()).isFalse();
        assertThat(after.founderPhone()).isEqualTo("138****5678");
        assertThat(audited("startup.edit", id)).isEqualTo(1);
        // the history says what changed in words, field by field, and never who the founder is
        var steps = as(() -> startups.history(id, liaoyuan));
        assertThat(steps).extracting(s -> s.getAction()).containsExactly("create", "edit");
        assertThat(steps.get(0).getComment()).isEqualTo(details.name());
        assertThat(steps.get(1).getComment()).contains("名称：" + details.name() + " → " + keepNumbers.name(), "带动就业人数：12 → 20",
                "贷款银行：吉林银行 → —", "创业培训：已参加（2023-10-09） → 未参加").doesNotContain("李创业", "13812345678", "138****5678", "创业者身份信息");
        assertThatThrownBy(() -> as(() -> startups.history(id, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> {
            startups.update(id, 0, keepNumbers, liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Incubator shown = as(() -> incubators.get(incubator, liaoyuan));
        assertThat(shown.isRecognitionYearMissing()).isTrue();
        assertThat(as(() -> incubators.recognisedWithoutYear(liaoyuan, 500)).stream().map(Incubator::getId)).contains(incubator);
        IncubatorDetails recognised = new IncubatorDetails(shown.getKind(), shown.getName(), LIAOYUAN, shown.getOperatorId(), shown.getBrandSpace(),
                false, "应被忽略", true, true, 2024);
        as(() -> {
            incubators.update(incubator, shown.getVersion(), recognised, liaoyuan);
            return null;
        });
        assertThat(audited("incubator.edit", incubator)).isEqualTo(1);
        Incubator changed = as(() -> incubators.get(incubator, liaoyuan));
        assertThat(changed.getRecognisedYear()).isEqualTo(2024);
        assertThat(changed.getRentWaiverNote()).isNull();
        assertThatThrownBy(() -> as(() -> {
            incubators.update(incubator, shown.getVersion(), recognised, liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        as(() -> incubators.export(new IncubatorFilter(null, null, null), liaoyuan));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'incubator.export'", Long.class)).isPositive();
    }

    @Test
    void aFoundersStartupsAreFoundByTheirFullResidentIdWithinTheScopeAndTheLookupIsAuditedWithoutIt() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        DataScope tonghua = data.city(TONGHUA);
        long brand = data.brand(LIAOYUAN);
        StartupDetails first = startup(DONGFENG, brand, null);
        long a = as(() -> startups.register(first, liaoyuan));
        StartupDetails second = startup(LIAOYUAN, brand, null);
        long b = as(() -> startups.register(withFounderId(second, first.founderResidentId()), liaoyuan));
        long other = as(() -> startups.register(startup(DONGFENG, brand, null), liaoyuan));

        assertThat(as(() -> startups.findByFounder(" " + first.founderResidentId().toLowerCase() + " ", liaoyuan)))
                .extracting(StartupView::id).containsExactlyInAnyOrder(a, b).doesNotContain(other);
        assertThat(as(() -> startups.findByFounder(first.founderResidentId(), tonghua))).as("another city's").isEmpty();
        assertThatThrownBy(() -> as(() -> startups.findByFounder("22040219850101123", liaoyuan)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("founderResidentId"));
        assertThatThrownBy(() -> as(() -> startups.findByFounder("<script>alert(1)</script>", liaoyuan))).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'startup.founder.lookup'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Long.class, "%" + first.founderResidentId() + "%"))
                .isZero();
    }

    private static StartupDetails withFounderId(StartupDetails d, String residentId) {
        return new StartupDetails(d.name(), d.regionCode(), d.brandId(), d.foundedOn(), d.jobsCreated(), d.founderName(), residentId, d.founderPhone(),
                d.startupTraining(), d.startupTrainingOn(), d.loanBank(), d.loanAmount(), d.loanGrantedOn(), d.loanTermMonths(), d.loanInterestSubsidy(),
                d.taxRelief(), d.incubatorId());
    }

    private void assertRefused(StartupDetails good, DataScope scope, String field, UnaryOperator<StartupDetails> change) {
        StartupDetails bad = change.apply(good);
        assertThatThrownBy(() -> as(() -> startups.register(bad, scope)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static StartupDetails with(StartupDetails d, LocalDate foundedOn, int jobs, BigDecimal loanAmount, Long brandId, Long incubatorId) {
        return new StartupDetails(d.name(), d.regionCode(), brandId, foundedOn, jobs, d.founderName(), d.founderResidentId(), d.founderPhone(),
                d.startupTraining(), d.startupTrainingOn(), d.loanBank(), loanAmount, d.loanGrantedOn(), d.loanTermMonths(), d.loanInterestSubsidy(),
                d.taxRelief(), incubatorId);
    }

    @Test
    void theStartupTrainingIsLinkedOnlyToAFinishedCourseTheFounderAttended() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        long brand = data.brand(LIAOYUAN);
        StartupDetails details = startup(LIAOYUAN, brand, null);
        long id = as(() -> startups.register(details, liaoyuan));
        var institution = data.institution(LIAOYUAN);
        var attended = data.course(institution);
        data.trainee(attended, "李创业", details.founderResidentId());
        var other = data.finish(data.course(institution));
        data.trainee(other, "别人", residentId(LIAOYUAN));

        // a running course is not offered; once finished it is, and another person's course never is
        assertThat(as(() -> startups.founderCourses(id, liaoyuan))).isEmpty();
        var finished = data.finish(attended);
        assertThat(as(() -> startups.founderCourses(id, liaoyuan))).extracting(c -> c.getId()).containsExactly(finished.getId());
        long version = as(() -> startups.get(id, liaoyuan)).version();
        assertThatThrownBy(() -> as(() -> {
            startups.linkTrainingCourse(id, version, other.getId(), liaoyuan);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("startup.course.notAttended"));
        // another city sees neither the start-up nor its founder's courses
        assertThatThrownBy(() -> as(() -> startups.founderCourses(id, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);

        as(() -> {
            startups.linkTrainingCourse(id, version, finished.getId(), liaoyuan);
            return null;
        });
        StartupView linked = as(() -> startups.get(id, liaoyuan));
        assertThat(linked.trainingCourseId()).isEqualTo(finished.getId());
        assertThat(linked.startupTraining()).isTrue();
        assertThat(linked.startupTrainingOn()).isEqualTo(finished.getEndDate());
        assertThat(audited("startup.training.link", id)).isEqualTo(1);
        assertThat(as(() -> startups.history(id, liaoyuan))).last().satisfies(step -> {
            assertThat(step.getAction()).isEqualTo("training.link");
            assertThat(step.getComment()).isEqualTo("创业培训班：" + finished.getName() + "（结业 " + finished.getEndDate() + "）");
        });

        // recorded again as untrained, the link goes with it (the database would refuse a course without training)
        StartupDetails untrained = new StartupDetails(details.name(), details.regionCode(), details.brandId(), details.foundedOn(),
                details.jobsCreated(), details.founderName(), "", "", false, null, details.loanBank(), details.loanAmount(),
                details.loanGrantedOn(), details.loanTermMonths(), details.loanInterestSubsidy(), details.taxRelief(), null);
        as(() -> {
            startups.update(id, linked.version(), untrained, liaoyuan);
            return null;
        });
        assertThat(as(() -> startups.get(id, liaoyuan)).trainingCourseId()).isNull();
    }

    @Test
    void aCarrierRecognisedAsAnOutstandingIncubationBaseCountsForItsPrefecture() {
        PlanMetric excellent = metrics.stream().filter(m -> m.code().equals("incubator.excellent")).findFirst().orElseThrow();
        MetricReading before = excellent.read();
        incubator(DONGFENG, data.city(LIAOYUAN));
        MetricReading after = excellent.read();
        assertThat(after.value() - before.value()).isEqualTo(1);
        assertThat(after.byRegion().getOrDefault(LIAOYUAN, 0L) - before.byRegion().getOrDefault(LIAOYUAN, 0L)).isEqualTo(1);
        assertThat(after.byRegion().getOrDefault(TONGHUA, 0L)).isEqualTo(before.byRegion().getOrDefault(TONGHUA, 0L));
    }
}
