package cn.jilin.laborbrand.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.ClaimState;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import cn.jilin.laborbrand.web.PortalTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shape of the demo's subsidies, as the issue asks for it: the three Jilin policies, this year's budget for every
 * prefecture-level unit, claims in every state across the cities (some held back by the rule engine with its reasons),
 * a paid batch, a batch with a failed line, exactly one recovery, no budget line below zero, and the two fund officers.
 * It reads only records marked as demo data (other tests add their own).
 */
@PortalTest
class DemoSubsidiesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionService regions;
    @Autowired
    ClaimService claims;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    @Test
    void theJilinPoliciesWithTheTrainingStandardOf2020() {
        assertThat(jdbc.queryForList("select code from subsidy_policy where demo", String.class))
                .contains(DemoSubsidies.TRAINING, DemoSubsidies.TRANSPORT, DemoSubsidies.STARTUP);
        List<String> training = jdbc.queryForList("""
                select s.skill_level || ':' || s.amount || ':' || s.min_hours from subsidy_standard s join subsidy_policy p on p.id = s.policy_id
                where p.code = ? order by s.skill_level desc""", String.class, DemoSubsidies.TRAINING);
        assertThat(training).containsExactly("5:800.00:60", "4:1500.00:110", "3:2000.00:150");
    }

    @Test
    void everyPrefectureHasThisYearsBudgetAndNoLineIsBelowZero() {
        int year = LocalDate.now(clock).getYear();
        Set<String> funded = Set.copyOf(jdbc.queryForList("""
                select b.region_code from subsidy_budget b join subsidy_policy p on p.id = b.policy_id
                where b.demo and b.year = ? and p.code = ? and b.allocated > 0""", String.class, year, DemoSubsidies.TRAINING));
        assertThat(funded).containsExactlyInAnyOrderElementsOf(regions.prefectures().stream().map(Region::getCode).toList());
        assertThat(jdbc.queryForObject("select count(*) from subsidy_budget where committed < 0 or spent < 0 or allocated - committed - spent < 0",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from subsidy_budget where demo and spent > 0", Long.class)).as("paid money is spent").isPositive();
    }

    @Test
    void about200ClaimsInEveryStateAcrossTheCities() {
        Set<String> states = Set.copyOf(jdbc.queryForList("select distinct state from subsidy_claim where demo", String.class));
        assertThat(states).containsExactlyInAnyOrderElementsOf(Arrays.stream(ClaimState.values()).map(Enum::name).toList());
        long count = jdbc.queryForObject("select count(*) from subsidy_claim where demo", Long.class);
        assertThat(count).isBetween(180L, 230L);
        Set<String> prefectures = jdbc.queryForList("select distinct region_code from subsidy_claim where demo", String.class).stream()
                .map(code -> regions.prefectureOf(code).orElseThrow()).collect(Collectors.toSet());
        assertThat(prefectures).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void someDraftsAreHeldBackByTheRuleEngineWithTheirReasons() {
        List<Long> held = jdbc.queryForList("select id from subsidy_claim where demo and state = 'DRAFT' and findings is not null", Long.class);
        List<Finding> findings = SystemActor.call(() -> held.stream().flatMap(id -> claims.findings(claims.get(id, DataScope.province())).stream())
                .toList(), "subsidy:view");
        assertThat(findings).extracting(Finding::rule).contains("sameGrant", "hours", "window");
        assertThat(findings).allSatisfy(f -> assertThat(f.messageKey()).startsWith("subsidy.rule."));
        assertThat(findings).filteredOn(f -> f.rule().equals("sameGrant")).allSatisfy(f -> assertThat(f.arguments()).isNotEmpty());
    }

    @Test
    void startupsClaimTheOneOffSubsidyAndTheLoanInterestInSeveralStates() {
        assertThat(jdbc.queryForObject("select kind || ':' || evidence from subsidy_policy where demo and code = ?", String.class,
                DemoStartupClaims.LOAN_INTEREST)).isEqualTo("LOAN_INTEREST:STARTUP");
        List<String> claimed = jdbc.queryForList("""
                select p.code || ':' || c.state from subsidy_claim c join subsidy_policy p on p.id = c.policy_id
                where c.demo and c.evidence = 'STARTUP' order by c.id""", String.class);
        assertThat(claimed).contains(DemoSubsidies.STARTUP + ":SUBMITTED", DemoSubsidies.STARTUP + ":DRAFT", DemoStartupClaims.LOAN_INTEREST + ":VERIFIED");
        assertThat(jdbc.queryForObject("""
                select count(*) from subsidy_claim c join startup s on s.id = c.evidence_id
                where c.demo and c.evidence = 'STARTUP' and c.payee_name = s.founder_name and c.region_code = s.region_code""", Long.class))
                .isEqualTo(claimed.size());
    }

    @Test
    void aPaidBatchABatchWithAFailedLineAndOneRecovery() {
        assertThat(jdbc.queryForObject("""
                select count(*) from disbursement_batch b where b.demo and b.state = 'SETTLED'
                and not exists (select 1 from disbursement_line l where l.batch_id = b.id and l.outcome <> 'PAID')""", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from disbursement_batch b where b.demo and b.state = 'SETTLED'
                and exists (select 1 from disbursement_line l where l.batch_id = b.id and l.outcome = 'FAILED' and l.failure_reason is not null)""",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_recovery r join subsidy_claim c on c.id = r.claim_id where c.demo", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim where demo and state = 'RECOVERED' and recovered = amount", Long.class))
                .isEqualTo(1);
    }

    @Test
    void theFundOfficersOfChangchunAndTheProvince() {
        SignedInAccount changchun = (SignedInAccount) accounts.loadUserByUsername("fund.changchun");
        SignedInAccount province = (SignedInAccount) accounts.loadUserByUsername("fund.province");
        assertThat(changchun.roleCodes()).containsExactly(DemoSubsidies.FUND_OFFICER);
        assertThat(province.roleCodes()).containsExactly(DemoSubsidies.FUND_OFFICER);
        assertThat(changchun.permissions()).contains("subsidy:disburse").doesNotContain("subsidy:approve:city", "subsidy:approve:province");
        assertThat(changchun.scope().coversRegion("220102")).isTrue();
        assertThat(changchun.scope().coversRegion("220202")).isFalse();
        assertThat(regions.prefectures()).allSatisfy(p -> assertThat(province.scope().coversRegion(p.getCode())).isTrue());
    }
}
