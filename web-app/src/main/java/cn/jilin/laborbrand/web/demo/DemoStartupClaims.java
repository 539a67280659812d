package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.claim.AccountKind;
import cn.jilin.laborbrand.subsidy.claim.ClaimAction;
import cn.jilin.laborbrand.subsidy.claim.ClaimDecisions;
import cn.jilin.laborbrand.subsidy.claim.ClaimFilter;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.NewClaims;
import cn.jilin.laborbrand.subsidy.claim.PayeeAccount;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.training.startup.StartupFilter;
import cn.jilin.laborbrand.training.startup.StartupService;
import cn.jilin.laborbrand.training.startup.StartupView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 二(三)1 paid through the subsidy module, for the demo: the 创业担保贷款贴息 policy beside {@link DemoSubsidies}' one-off
 * start-up subsidy, with this year's lines, and claims on the demo's start-ups ({@link DemoStartups}) — the one-off
 * subsidy for 长春's founder of a year's standing submitted, the same for 辽源's workshop held back as too late, and the
 * interest on 长春's guaranteed loan verified. After both of those runners; idempotent: once the start-up policies have
 * claims, nothing is added.
 */
@Component
@Profile("demo")
@Order(75)
class DemoStartupClaims implements ApplicationRunner {

    static final String LOAN_INTEREST = "JL-LOAN-INTEREST";
    /** The start-up of {@link DemoStartups} founded a little over a year ago. */
    static final String RECENT = "长春车友汽车养护工作室";

    private static final DataScope PROVINCE = DataScope.province();
    private static final String[] AUTHORITIES = Stream.concat(Stream.of(DemoSubsidies.AUTHORITIES), Stream.of("startup:view")).toArray(String[]::new);

    private final PolicyService policies;
    private final BudgetService budgets;
    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final StartupService startups;
    private final RegionService regions;
    private final DemoRecords demo;
    private final Clock clock;

    DemoStartupClaims(PolicyService policies, BudgetService budgets, ClaimService claims, ClaimDecisions decisions, StartupService startups,
                      RegionService regions, DemoRecords demo, Clock clock) {
        this.policies = policies;
        this.budgets = budgets;
        this.claims = claims;
        this.decisions = decisions;
        this.startups = startups;
        this.regions = regions;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::provision, AUTHORITIES);
    }

    private void provision() {
        Optional<SubsidyPolicy> grant = policy(DemoSubsidies.STARTUP);
        if (grant.isEmpty()) {
            return;
        }
        long interest = policy(LOAN_INTEREST).map(SubsidyPolicy::getId).orElseGet(this::loanInterestPolicy);
        long oneOff = grant.get().getId();
        if (hasClaims(oneOff) || hasClaims(interest)) {
            return;
        }
        List<Long> made = new ArrayList<>();
        startup(RECENT, "220100").ifPresent(s -> {
            long claim = open(oneOff, s, made);
            account(claim, 1);
            step(claim, ClaimAction.SUBMIT, null);
        });
        // founded more than 24 months ago: the rule engine holds the claim back as too late
        startup("辽源巧手袜业工作坊", "220400").ifPresent(s -> open(oneOff, s, made));
        startup("长春精工汽车维修服务中心", "220100").ifPresent(s -> {
            long claim = open(interest, s, made);
            account(claim, 2);
            step(claim, ClaimAction.SUBMIT, null);
            step(claim, ClaimAction.VERIFY, "贷款合同、还款付息凭证齐全，初审通过。");
        });
        // marked once every step is taken: a claim changed afterwards would write its unmarked state back
        made.forEach(id -> demo.mark("subsidy_claim", id));
    }

    private long loanInterestPolicy() {
        long id = policies.create(LOAN_INTEREST, new PolicyDetails("创业担保贷款贴息", SubsidyKind.LOAN_INTEREST, PayeeKind.PERSON, EvidenceKind.STARTUP,
                null, List.of("身份证复印件", "创业担保贷款合同", "还款付息凭证", "社会保障卡或银行卡"), ApprovalLevel.CITY, 7, null, 1, false, false,
                "个人创业担保贷款按贷款合同签订日贷款市场报价利率的一定比例贴息，每年核拨一次（演示数据）", true));
        policies.addStandard(id, new StandardDetails(LocalDate.of(2021, 1, 1), null, new BigDecimal("6000.00"), null, null, "每户每年贴息"));
        demo.mark("subsidy_policy", id);
        int year = LocalDate.now(clock).getYear();
        for (Region prefecture : regions.prefectures()) {
            demo.mark("subsidy_budget", budgets.allocate(year, prefecture.getCode(), id, new BigDecimal("300000.00"), PROVINCE));
        }
        return id;
    }

    private Optional<SubsidyPolicy> policy(String code) {
        return policies.list().stream().filter(p -> p.getCode().equals(code)).findFirst();
    }

    private boolean hasClaims(long policy) {
        return claims.search(new ClaimFilter(null, null, policy, null, null, null, null, null), PROVINCE, PageRequest.of(0, 1)).hasContent();
    }

    private Optional<StartupView> startup(String name, String city) {
        return startups.search(new StartupFilter(regions.coveredCodes(city), null, null, name), PROVINCE, PageRequest.of(0, 5)).stream()
                .filter(s -> s.name().equals(name)).findFirst();
    }

    private long open(long policy, StartupView startup, List<Long> made) {
        long id = claims.open(new NewClaims(policy, startup.id(), Set.of()), PROVINCE).get(0);
        made.add(id);
        return id;
    }

    private void account(long claim, int n) {
        claims.updateAccount(claim, version(claim), new PayeeAccount(AccountKind.SOCIAL_CARD, "62170022010" + String.format("%08d", 4500 + n),
                "吉林银行（演示数据）"), PROVINCE);
    }

    private void step(long claim, ClaimAction action, String comment) {
        decisions.take(claim, version(claim), action, comment, PROVINCE);
    }

    private long version(long claim) {
        return claims.get(claim, PROVINCE).getVersion();
    }
}
