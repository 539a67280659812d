package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.testing.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.SubsidyTestApplication;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the subsidy module's database tests share: a training policy with the Jilin standards, courses, steps, races. */
@SpringBootTest(classes = SubsidyTestApplication.class)
abstract class SubsidyTestSupport {

    static final String CITY = "220100";
    static final String COUNTY = "220102";
    static final String[] CLAIMANT = {"subsidy:view", "subsidy:claim"};
    static final String[] CHECKER = {"subsidy:view", "subsidy:verify"};
    static final String[] APPROVER = {"subsidy:view", "subsidy:approve:city"};
    static final String[] PROVINCE = {"subsidy:view", "subsidy:policy", "subsidy:budget", "subsidy:budget:view"};
    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    PolicyService policies;
    @Autowired
    BudgetService budgets;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimDecisions decisions;
    @Autowired
    FixedEvidence evidence;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    DataScope city;
    long policy;

    @BeforeEach
    void aTrainingPolicyWithTheJilinStandardsAndABudget() {
        city = DataScope.region(CITY, regions.coveredCodes(CITY));
        policy = Acting.as(1, () -> {
            long id = policies.create("T" + SEQUENCE.incrementAndGet(), new PolicyDetails("职业技能培训补贴（测试）", SubsidyKind.TRAINING,
                    PayeeKind.PERSON, EvidenceKind.CERTIFICATE, "SKILL_LEVEL", List.of("身份证", "证书"), ApprovalLevel.CITY, 7, 12, 3, true,
                    true, null, true));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 5, new BigDecimal("800.00"), null, 60, "初级"));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 4, new BigDecimal("1500.00"), null, 110, "中级"));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 3, new BigDecimal("2000.00"), null, 150, "高级"));
            return id;
        }, PROVINCE);
    }

    void budget(String amount) {
        Acting.as(1, () -> budgets.allocate(LocalDate.now().getYear(), CITY, policy, new BigDecimal(amount), DataScope.province()), PROVINCE);
    }

    /** A course of 长春 with certified people (name, level), as the training module would report it. */
    long course(int hours, Object... people) {
        long id = SEQUENCE.incrementAndGet();
        List<EvidencePerson> named = new ArrayList<>();
        for (int i = 0; i < people.length; i += 2) {
            String residentId = "2201021990" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
            named.add(person(SEQUENCE.incrementAndGet(), (String) people[i], residentId, (Integer) people[i + 1]));
        }
        long bureau = jdbc.queryForObject("select id from organisation where name = '长春市人力资源和社会保障局'", Long.class);
        evidence.put(new Evidence(EvidenceKind.CERTIFICATE, id, COUNTY, bureau, "长春某培训学校", true, hours, null, named));
        return id;
    }

    EvidencePerson person(long evidenceId, String name, String residentId, Integer level) {
        return new EvidencePerson(evidenceId, name, cipher.encrypt(residentId), cipher.blindIndex(residentId), "6-22-02-01", level,
                LocalDate.now().minusMonths(1));
    }

    List<Long> open(long course) {
        return Acting.as(11, () -> claims.open(new NewClaims(policy, course, Set.of()), city), CLAIMANT);
    }

    void readyToSubmit(long claim) {
        Acting.as(11, () -> {
            claims.updateAccount(claim, claims.get(claim, city).getVersion(), new PayeeAccount(AccountKind.BANK, "6222021234567890123", "工商银行长春分行"), city);
            return null;
        }, CLAIMANT);
    }

    ClaimState step(long accountId, long claim, ClaimAction action, String comment, String... permissions) {
        return Acting.as(accountId, () -> decisions.take(claim, claims.get(claim, city).getVersion(), action, comment, city), permissions);
    }

    void verified(long claim) {
        readyToSubmit(claim);
        step(11, claim, ClaimAction.SUBMIT, null, CLAIMANT);
        step(12, claim, ClaimAction.VERIFY, null, CHECKER);
    }

    BigDecimal committed() {
        return jdbc.queryForObject("select committed from subsidy_budget where policy_id = ?", BigDecimal.class, policy);
    }

    /** Runs both at the same moment; each outcome is its result or the exception it threw. */
    @SafeVarargs
    static List<Object> race(Callable<Object>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> w : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return w.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
