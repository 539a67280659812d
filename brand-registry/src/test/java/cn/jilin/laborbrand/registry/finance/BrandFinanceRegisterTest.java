package cn.jilin.laborbrand.registry.finance;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.registry.mark.PatentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledge loans and brand insurance (二(三)1) in the query's scope (a city its region and counties, the province all,
 * another city nothing: 404), the pledged mark one of the brand's own registered marks, the due date derived from the
 * grant and term, money positive with two decimals, a loan repaid once, a policy's period, and every change in the
 * record's history and audited.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class BrandFinanceRegisterTest {

    static final String[] MANAGER = {"finance:manage", "finance:view", "brand:view", "brand:edit"};

    @Autowired
    PledgeLoanService loans;
    @Autowired
    BrandInsuranceService insurance;
    @Autowired
    BrandMarkService marks;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PlanMetric> metrics;

    private String tag;
    private long nanguanBrand;
    private long liaoyuanBrand;
    private long nanguanMark;
    private long liaoyuanMark;
    private DataScope changchun;

    private static <T> T manager(Supplier<T> work) {
        return as(work, MANAGER);
    }

    @BeforeEach
    void brandsAndMarks() {
        tag = RegistryRecords.unique("融资");
        nanguanBrand = records.brand(NANGUAN);
        liaoyuanBrand = records.brand(LIAOYUAN);
        changchun = records.city(CHANGCHUN);
        nanguanMark = mark(nanguanBrand, MarkStatus.REGISTERED);
        liaoyuanMark = mark(liaoyuanBrand, MarkStatus.REGISTERED);
    }

    private long mark(long brand, MarkStatus status) {
        String number = "ZL" + System.nanoTime() % 1_000_000_000L + ".1";
        LocalDate applied = LocalDate.of(2021, 3, 1);
        return manager(() -> marks.add(brand, new MarkDetails(MarkKind.PATENT, number, tag + "专利", null, PatentType.UTILITY_MODEL, "某公司",
                applied, status == MarkStatus.APPLIED ? null : applied.plusYears(1), null, status), DataScope.province()));
    }

    private PledgeDetails pledge(long mark, String amount, LocalDate grantedOn, Integer term) {
        return new PledgeDetails(mark, tag + "吉林银行", amount == null ? null : new BigDecimal(amount), grantedOn, term, "以商标权质押");
    }

    private InsuranceDetails policy(String number, LocalDate start, LocalDate end) {
        return new InsuranceDetails("中国人民财产保险" + tag, "劳务品牌职业责任险", new BigDecimal("2000000.00"), new BigDecimal("12000.00"),
                start, end, number, null);
    }

    private List<Long> pledgesListed(DataScope scope) {
        return as(() -> loans.search(new FinanceFilter(null, null, null, tag, null), scope, PageRequest.of(0, 20, Sort.by("id")))
                .map(r -> r.loan().getId()).getContent(), "finance:view");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aCitySeesItsRegionAndCountiesTheProvinceAllAndAnotherCityNothing() {
        LocalDate granted = LocalDate.now().minusMonths(2);
        long nanguan = manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "500000", granted, 12), changchun));
        long liaoyuan = manager(() -> loans.create(liaoyuanBrand, pledge(liaoyuanMark, "300000.50", granted, 24), DataScope.province()));
        assertThat(pledgesListed(changchun)).containsExactly(nanguan);
        assertThat(pledgesListed(records.city(LIAOYUAN))).containsExactly(liaoyuan);
        assertThat(pledgesListed(DataScope.province())).containsExactly(nanguan, liaoyuan);
        assertThat(jdbc.queryForObject("select region_code from brand_pledge_loan where id = ?", String.class, nanguan)).isEqualTo(NANGUAN);

        assertThatThrownBy(() -> as(() -> loans.get(liaoyuan, changchun), "finance:view")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manager(() -> loans.create(liaoyuanBrand, pledge(liaoyuanMark, "1", granted, 12), changchun)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manager(() -> {
            loans.markRepaid(liaoyuan, 0, LocalDate.now(), changchun);
            return null;
        })).isInstanceOf(NotFoundException.class);

        long policy = manager(() -> insurance.create(liaoyuanBrand, policy(tag + "-1", LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11)),
                DataScope.province()));
        assertThatThrownBy(() -> as(() -> insurance.get(policy, changchun), "finance:view")).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> insurance.ofBrand(liaoyuanBrand, DataScope.province()), "finance:view", "brand:view"))
                .extracting(r -> r.policy().getId()).containsExactly(policy);
        assertThatThrownBy(() -> as(() -> insurance.ofBrand(liaoyuanBrand, changchun), "finance:view", "brand:view"))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(() -> insurance.row(policy, DataScope.province()), "finance:view").status()).isEqualTo(InsuranceStatus.IN_FORCE);
    }

    @Test
    void thePledgedMarkIsARegisteredMarkOfTheBrandItself() {
        LocalDate granted = LocalDate.now().minusMonths(1);
        assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(liaoyuanMark, "1000", granted, 12), DataScope.province())))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKeys()).asList()
                .containsExactly("finance.pledge.mark.notOfBrand");
        long applied = mark(nanguanBrand, MarkStatus.APPLIED);
        assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(applied, "1000", granted, 12), DataScope.province())))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "markId");
        assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(999_999_999L, "1000", granted, 12), DataScope.province())))
                .isInstanceOf(RuleViolation.class);
        assertThat(as(() -> loans.pledgeableMarks(nanguanBrand, changchun), "finance:view", "brand:view"))
                .extracting(m -> m.getId()).containsExactly(nanguanMark);
        assertThat(count("select count(*) from brand_pledge_loan where bank = ?", tag + "吉林银行")).isZero();
    }

    @Test
    void theDueDateFollowsTheGrantAndTermAndTheAmountsAreChecked() {
        LocalDate granted = LocalDate.of(2024, 1, 31);
        long id = manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "800000", granted, 13), changchun));
        PledgeLoan loan = as(() -> loans.get(id, changchun), "finance:view");
        assertThat(loan.getDueOn()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(loan.getAmount()).isEqualByComparingTo("800000.00").extracting(BigDecimal::scale).isEqualTo(2);

        for (String bad : new String[] {"0", "-1", "1.005", "1000000000000"}) {
            assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, bad, granted, 12), changchun)))
                    .as(bad).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "amount");
        }
        assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "1", granted, 0), changchun)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "termMonths");
        assertThatThrownBy(() -> manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "1", LocalDate.now().plusDays(3), 12), changchun)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "grantedOn");

        manager(() -> {
            loans.update(id, 0, pledge(nanguanMark, "900000.10", granted, 6), changchun);
            return null;
        });
        assertThat(as(() -> loans.get(id, changchun), "finance:view").getDueOn()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThatThrownBy(() -> manager(() -> {
            loans.update(id, 0, pledge(nanguanMark, "1", granted, 6), changchun);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThatThrownBy(() -> manager(() -> insurance.create(nanguanBrand, policy(tag + "-x", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)),
                changchun))).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "endsOn");
        manager(() -> insurance.create(nanguanBrand, policy(tag + "-2", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), changchun));
        assertThatThrownBy(() -> manager(() -> insurance.create(nanguanBrand, policy(tag + "-2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                changchun))).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "policyNumber");
    }

    @Test
    void aLoanIsRepaidOnceAndEveryChangeIsInItsHistoryAndAudited() {
        LocalDate granted = LocalDate.now().minusMonths(12).plusDays(10);
        long id = manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "200000", granted, 12), changchun));
        assertThat(as(() -> loans.dueWithin(FinanceWorkItems.DAYS, changchun, 50), "finance:view")).extracting(r -> r.loan().getId()).contains(id);
        assertThatThrownBy(() -> manager(() -> {
            loans.markRepaid(id, 0, granted.minusDays(1), changchun);
            return null;
        })).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "repaidOn");
        manager(() -> {
            loans.markRepaid(id, 0, LocalDate.now(), changchun);
            return null;
        });
        PledgeLoan repaid = as(() -> loans.get(id, changchun), "finance:view");
        assertThat(repaid.getStatus()).isEqualTo(PledgeStatus.REPAID);
        assertThat(repaid.getRepaidOn()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> manager(() -> {
            loans.markRepaid(id, repaid.getVersion(), LocalDate.now(), changchun);
            return null;
        })).isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKeys()).asList()
                .containsExactly("finance.pledge.alreadyRepaid");
        assertThat(as(() -> loans.dueWithin(FinanceWorkItems.DAYS, changchun, 50), "finance:view")).extracting(r -> r.loan().getId())
                .doesNotContain(id);
        assertThat(as(() -> loans.history(id, changchun), "finance:view")).extracting(s -> s.getAction()).containsExactly("create", "repay");
        assertThat(count("select count(*) from audit_event where object_type = 'brand_pledge_loan' and object_id = ?", String.valueOf(id)))
                .isGreaterThanOrEqualTo(3);
    }

    private MetricReading read(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().read();
    }

    @Test
    void theMetricsCountLoansGrantedAndBrandsInsuredThisYearByPrefecture() {
        MetricReading pledgesBefore = read("finance.pledges");
        MetricReading insuredBefore = read("finance.insured");
        LocalDate today = LocalDate.now();
        long loan = manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "100000", today.minusMonths(3), 12), changchun));
        manager(() -> {
            loans.markRepaid(loan, 0, today, changchun);
            return null;
        });
        manager(() -> loans.create(liaoyuanBrand, pledge(liaoyuanMark, "100000", today.minusMonths(3), 12), DataScope.province()));
        // two policies of one brand this year count the brand once; a policy of an earlier year not at all
        manager(() -> insurance.create(nanguanBrand, policy(tag + "-a", today.withDayOfYear(1), today.withDayOfYear(1).plusMonths(6)), changchun));
        manager(() -> insurance.create(nanguanBrand, policy(tag + "-b", today.minusDays(1), today.plusYears(1)), changchun));
        manager(() -> insurance.create(liaoyuanBrand, policy(tag + "-c", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), DataScope.province()));

        MetricReading pledges = read("finance.pledges");
        assertThat(pledges.value()).isEqualTo(pledgesBefore.value() + 2);
        assertThat(pledges.byRegion().get(CHANGCHUN)).isEqualTo(pledgesBefore.byRegion().getOrDefault(CHANGCHUN, 0L) + 1);
        assertThat(pledges.byRegion().get(LIAOYUAN)).isEqualTo(pledgesBefore.byRegion().getOrDefault(LIAOYUAN, 0L) + 1);
        MetricReading insured = read("finance.insured");
        assertThat(insured.value()).isEqualTo(insuredBefore.value() + 1);
        assertThat(insured.byRegion().get(CHANGCHUN)).isEqualTo(insuredBefore.byRegion().getOrDefault(CHANGCHUN, 0L) + 1);
        assertThat(insured.byRegion().getOrDefault(LIAOYUAN, 0L)).isEqualTo(insuredBefore.byRegion().getOrDefault(LIAOYUAN, 0L));
    }

    @Test
    void aPledgedMarkIsNotDeleted() {
        manager(() -> loans.create(nanguanBrand, pledge(nanguanMark, "100000", LocalDate.now().minusMonths(1), 12), changchun));
        assertThatThrownBy(() -> manager(() -> {
            marks.delete(nanguanBrand, nanguanMark, 0, changchun);
            return null;
        })).isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKeys()).asList().containsExactly("mark.delete.pledged");
        assertThat(count("select count(*) from brand_mark where id = ?", nanguanMark)).isOne();
    }
}
