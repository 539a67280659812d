package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.training.certificate.CertificateDetails;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.dispatch.DispatchDetails;
import cn.jilin.laborbrand.training.dispatch.DispatchService;
import cn.jilin.laborbrand.training.dispatch.OrganiserKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's subsidies (二(二)1–2, 二(三)1): the 2020 Jilin training standard (初级 800 / 中级 1500 / 高级 2000 元, at
 * least 60 / 110 / 150 hours), a one-time transport grant and a one-time start-up grant; this year's budget lines for
 * every prefecture-level unit; certified trainees of a subsidised course in ten of them (白城 has no institution) and a
 * dispatch from 辽源; and, from that evidence, about 200 claims walked by {@link DemoSubsidyClaims} through the real
 * workflow into every state. The fund officers {@code fund.changchun} and {@code fund.province}. Only on a database
 * without subsidy policies; everything made is marked as demo data.
 */
@Component
@Profile("demo")
@Order(70)
class DemoSubsidies implements ApplicationRunner {

    static final String TRAINING = "JL-TRAINING-2020";
    static final String TRANSPORT = "JL-TRANSPORT";
    static final String STARTUP = "JL-STARTUP";
    static final String FUND_OFFICER = "FUND_OFFICER";
    /** People certified on each city's subsidised course: one claim each. */
    static final int PER_COURSE = 18;

    private static final Logger log = LoggerFactory.getLogger(DemoSubsidies.class);

    static final String[] AUTHORITIES = {"demo:provision", "organisation:view", "base:view", "training:view", "training:edit",
        "employment:view", "employment:edit", "trainee:pii:reveal", "subsidy:view", "subsidy:policy", "subsidy:budget",
        "subsidy:budget:view", "subsidy:claim", "subsidy:verify", "subsidy:approve:city", "subsidy:approve:province", "subsidy:disburse",
        "system:account:view", "system:account:create", "system:account:assign-role"};

    /** A city's subsidised course: the institution that ran it, where, in which occupation, and its seed for people. */
    record CityCourse(String region, String idRegion, String institution, String occupation, String name) {
    }

    static final List<CityCourse> COURSES = List.of(
            new CityCourse("220102", "220102", DemoData.INSTITUTION, "6-22-01-01", "汽车装调工"),
            new CityCourse("220202", "220202", "吉林市农业技术推广培训学校", "4-12-01-01", "农机修理工"),
            new CityCourse("220322", "220322", "四平市黑土地农业职业技能培训学校", "4-12-01-01", "农机修理工"),
            new CityCourse("220402", "220402", "辽源市袜业职业技能培训中心", "6-04-02-05", "织袜工"),
            new CityCourse("220502", "220502", "通化医药职业技能培训学校", "6-18-02-04", "焊工"),
            new CityCourse("220602", "220602", "白山市人参产业实训基地", "4-12-01-01", "农机修理工"),
            new CityCourse("220702", "220702", "松原市查干湖旅游服务培训学校", "6-18-02-04", "焊工"),
            new CityCourse("222401", "222401", "延边朝鲜族自治州食品产业职业培训学校", "6-22-01-01", "汽车装调工"),
            new CityCourse("22X001", "220602", "长白山冰雪旅游实训中心", "6-18-02-04", "焊工"),
            new CityCourse("220581", "220581", "梅河口市家政服务职业技能培训学校", "6-22-01-01", "汽车装调工"));

    private final PolicyService policies;
    private final BudgetService budgets;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final InstitutionService institutions;
    private final CourseService courses;
    private final TraineeService trainees;
    private final CertificateService certificates;
    private final DispatchService dispatches;
    private final AccountService accounts;
    private final AccountAdminService administration;
    private final DemoRecords demo;
    private final DemoSubsidyClaims claims;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private Map<String, Long> organisationIds;
    private final List<Made> made = new ArrayList<>();

    DemoSubsidies(PolicyService policies, BudgetService budgets, RegionService regions, OrganisationService organisations,
                  InstitutionService institutions, CourseService courses, TraineeService trainees, CertificateService certificates,
                  DispatchService dispatches, AccountService accounts, AccountAdminService administration, DemoRecords demo,
                  DemoSubsidyClaims claims, PlatformTransactionManager transactionManager, Clock clock) {
        this.policies = policies;
        this.budgets = budgets;
        this.regions = regions;
        this.organisations = organisations;
        this.institutions = institutions;
        this.courses = courses;
        this.trainees = trainees;
        this.certificates = certificates;
        this.dispatches = dispatches;
        this.accounts = accounts;
        this.administration = administration;
        this.demo = demo;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The evidence of one course: its id and its certificates (the claims' evidence people), in roster order. */
    record Certified(long courseId, String region, List<Long> certificateIds) {
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        SystemActor.run(() -> {
            ensureAccount("fund.changchun", "高峰", "长春市人力资源和社会保障局");
            ensureAccount("fund.province", "沈丽华", DemoData.HRSS);
            if (!policies.list().isEmpty()) {
                return;
            }
            // one transaction for the lot: a thousand small commits, each waiting for the disk, made the start slow
            transactions.executeWithoutResult(status -> provision());
            // marked afterwards, in a transaction of its own: a claim still held by the first would write its unmarked
            // state back over the mark when it next changed
            transactions.executeWithoutResult(status -> made.forEach(m -> demo.mark(m.table(), m.id())));
            made.clear();
        }, AUTHORITIES);
        log.info("Demo subsidies ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void provision() {
        long training = trainingPolicy();
        long transport = transportPolicy();
        long startup = startupPolicy();
        allocate(training, transport, startup);
        LocalDate today = LocalDate.now(clock);
        long issuer = organisationId("吉林省职业技能鉴定中心");
        List<Certified> certified = new ArrayList<>();
        int seed = 200;
        for (CityCourse c : COURSES) {
            certified.add(course(c, PER_COURSE, 160, today.minusMonths(4), today.minusMonths(2), today.minusMonths(1), issuer, ++seed,
                    "（" + today.getYear() + "年）"));
        }
        // evidence the rule engine refuses: a course of 50 hours (初级 needs 60), certificates older than the 12 months allowed
        Certified shortCourse = course(new CityCourse("220702", "220702", "松原市查干湖旅游服务培训学校", "6-22-01-01", "汽车装调工"), 4, 50,
                today.minusMonths(3), today.minusMonths(2), today.minusMonths(1), issuer, 300, "（短期班）");
        Certified oldCourse = course(new CityCourse("220322", "220322", "四平市黑土地农业职业技能培训学校", "6-22-01-01", "汽车装调工"), 3, 160,
                today.minusMonths(18), today.minusMonths(15), today.minusMonths(14), issuer, 301, "（往年班）");
        long dispatch = dispatch(today, 302);
        claims.walk(new DemoSubsidyClaims.Plan(training, transport, certified, shortCourse, oldCourse, dispatch), this::mark);
    }

    private long trainingPolicy() {
        long id = policies.create(TRAINING, new PolicyDetails("职业技能培训补贴", SubsidyKind.TRAINING, PayeeKind.PERSON, EvidenceKind.CERTIFICATE,
                "SKILL_LEVEL", List.of("身份证复印件", "职业技能等级证书", "培训结业证明", "社会保障卡或银行卡"), ApprovalLevel.CITY, 7, 12, 3, true, true,
                "吉人社联〔2020〕（演示数据）：取得职业技能等级证书的，初级800元、中级1500元、高级2000元", true));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 5, new BigDecimal("800.00"), null, 60, "初级（五级），不少于60学时"));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 4, new BigDecimal("1500.00"), null, 110, "中级（四级），不少于110学时"));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 3, new BigDecimal("2000.00"), null, 150, "高级（三级），不少于150学时"));
        mark("subsidy_policy", id);
        return id;
    }

    private long transportPolicy() {
        long id = policies.create(TRANSPORT, new PolicyDetails("一次性交通补助", SubsidyKind.TRANSPORT, PayeeKind.PERSON, EvidenceKind.DISPATCH, null,
                List.of("身份证复印件", "劳动合同或用工证明", "社会保障卡或银行卡"), ApprovalLevel.CITY, 7, 12, 1, false, false,
                "脱贫劳动力有组织外出务工，每人每年一次（演示数据）", true));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2021, 1, 1), null, new BigDecimal("500.00"), null, null, "省外务工每人500元"));
        mark("subsidy_policy", id);
        return id;
    }

    private long startupPolicy() {
        long id = policies.create(STARTUP, new PolicyDetails("一次性创业补贴", SubsidyKind.STARTUP_GRANT, PayeeKind.PERSON, EvidenceKind.STARTUP, null,
                List.of("身份证复印件", "营业执照", "创业担保贷款合同", "社会保障卡或银行卡"), ApprovalLevel.PROVINCE, 7, 24, 1, false, false,
                "首次创办小微企业或从事个体经营并正常运营1年以上（演示数据）", true));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2021, 1, 1), null, new BigDecimal("5000.00"), null, null, "每户5000元"));
        mark("subsidy_policy", id);
        return id;
    }

    /** This year's lines for every prefecture-level unit: training, transport and start-up money. */
    private void allocate(long training, long transport, long startup) {
        int year = LocalDate.now(clock).getYear();
        for (Region prefecture : regions.prefectures()) {
            boolean capital = prefecture.getCode().equals("220100");
            mark("subsidy_budget", budgets.allocate(year, prefecture.getCode(), training, new BigDecimal(capital ? "3000000.00" : "1200000.00"),
                    DataScope.province()));
            mark("subsidy_budget", budgets.allocate(year, prefecture.getCode(), transport, new BigDecimal("200000.00"), DataScope.province()));
            mark("subsidy_budget", budgets.allocate(year, prefecture.getCode(), startup, new BigDecimal("500000.00"), DataScope.province()));
        }
    }

    /** A finished subsidised course with generated trainees, each certified at 初级, 中级 or 高级. */
    private Certified course(CityCourse c, int people, int hours, LocalDate start, LocalDate end, LocalDate issued, long issuer, int seed,
                             String suffix) {
        long organisation = organisationId(c.institution());
        long institution = institutions.ofOrganisation(organisation, DataScope.province()).orElseThrow().getId();
        long course = courses.create(new CourseDetails(c.name() + "补贴性培训班" + suffix, c.occupation(), null, null, institution, start, end, hours,
                true, CourseStatus.FINISHED), DataScope.province());
        mark("training_course", course);
        List<Long> issuedIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (TraineeDetails person : trainees(c.idRegion(), people + 2, seed)) {
            if (n == people || !seen.add(person.residentId())) {
                continue;
            }
            long trainee = trainees.add(course, person, DataScope.province());
            mark("trainee", trainee);
            // mostly 初级, some 中级, a few 高级
            int level = n % 6 == 5 ? 3 : n % 3 == 2 ? 4 : 5;
            long certificate = certificates.record(course, new CertificateDetails(trainee, CertificateKind.SKILL_LEVEL,
                    "BT" + seed + String.format("%04d", ++n), c.occupation(), level, issued, issuer), DataScope.province());
            mark("certificate", certificate);
            issuedIds.add(certificate);
        }
        return new Certified(course, c.region(), issuedIds);
    }

    /** 辽源 people sent to work in 浙江 by an HR agency: the evidence of transport grants. */
    private long dispatch(LocalDate today, int seed) {
        long organisation = organisationId("辽源市袜业职业技能培训中心");
        long institution = institutions.ofOrganisation(organisation, DataScope.province()).orElseThrow().getId();
        long course = courses.create(new CourseDetails("织袜工岗前培训班（输出专班）", "6-04-02-05", null, null, institution, today.minusMonths(3),
                today.minusMonths(2).minusDays(10), 80, true, CourseStatus.FINISHED), DataScope.province());
        mark("training_course", course);
        List<String> ids = new ArrayList<>();
        for (TraineeDetails person : trainees("220422", 10, seed)) {
            if (!ids.contains(person.residentId())) {
                mark("trainee", trainees.add(course, person, DataScope.province()));
                ids.add(person.residentId());
            }
        }
        long id = dispatches.record(new DispatchDetails(OrganiserKind.HR_AGENCY, "辽源市劳务派遣服务有限公司（演示数据）", "220400", null, "浙江省诸暨市",
                "诸暨市大唐袜业有限公司（演示数据）", today.minusMonths(2), null, "脱贫劳动力有组织输出（演示数据）", ids), DataScope.province());
        mark("labor_dispatch", id);
        return id;
    }

    private void ensureAccount(String username, String displayName, String organisation) {
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        long id = accounts.create(new NewAccount(username, displayName, organisationId(organisation), DemoData.PASSWORD, false));
        administration.assignRoles(id, accounts.get(id).version(), Set.of(FUND_OFFICER));
        log.info("Demo account {} ({}) created", username, FUND_OFFICER);
    }

    private long organisationId(String name) {
        if (organisationIds == null) {
            organisationIds = organisations.choices().stream().collect(Collectors.toMap(OrganisationChoice::name, OrganisationChoice::id, (a, b) -> a));
        }
        Long id = organisationIds.get(name);
        if (id == null) {
            throw new IllegalStateException("demo organisation missing: " + name);
        }
        return id;
    }

    /** A record made, to be marked as demo data once everything is written. */
    private record Made(String table, long id) {
    }

    private void mark(String table, long id) {
        made.add(new Made(table, id));
    }

    /** The demo's generated people (name, ID, phone, home region) as trainees of a subsidised course. */
    private static List<TraineeDetails> trainees(String region, int count, long seed) {
        return DemoTraining.people(region, count, seed).stream()
                .map(p -> new TraineeDetails(p.get(0), p.get(1), p.get(2), p.get(3), Set.of(), null, null)).toList();
    }
}
