package cn.jilin.laborbrand.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.training.startup.StartupDetails;
import cn.jilin.laborbrand.training.startup.StartupService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 二(三)1 on a real PostgreSQL: the one-off start-up subsidy and the loan interest subsidy claimed on a start-up of the
 * register — the founder paid, the start-up's region and brand taken; another city's start-up is not found; no interest
 * subsidy without a guaranteed loan; the one-off subsidy once in a founder's life, by the rules and by the database.
 */
class StartupClaimsTest extends SubsidyTestSupport {

    private static final String[] REGISTRAR = {"startup:view", "startup:manage", "brand:view", "brand:edit", "organisation:view"};

    @Autowired
    StartupService startups;
    @Autowired
    BrandService brands;

    private long policy(SubsidyKind kind, String name, String amount) {
        return Acting.as(1, () -> {
            long id = policies.create("S" + SEQUENCE.incrementAndGet(), new PolicyDetails(name, kind, PayeeKind.PERSON, EvidenceKind.STARTUP, null,
                    List.of("身份证", "营业执照"), ApprovalLevel.CITY, 7, null, 1, false, false, null, true));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), null, new BigDecimal(amount), null, null, "每户"));
            return id;
        }, PROVINCE);
    }

    private static String residentId() {
        String body = "220102" + "1988" + String.format("%02d%02d", 1 + SEQUENCE.get() % 12, 1 + SEQUENCE.get() % 28)
                + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return body + ResidentId.checkCharacter(body);
    }

    /** A start-up registered by the city bureau of {@code region}'s prefecture, with a guaranteed loan or none. */
    private long startup(String region, String founderId, boolean loan) {
        String city = region.substring(0, 4) + "00";
        DataScope scope = DataScope.region(city, regions.coveredCodes(city));
        return SystemActor.call(() -> {
            long brand = brands.register(new BrandDetails("测试创业品牌" + SEQUENCE.incrementAndGet(), city, BrandScope.REGIONAL, BrandType.SKILL,
                    IndustrySection.C, "焊工", BrandMaturity.EMERGING, 100, new BigDecimal("1000000"), 10, 5, null, null, null, BrandStatus.ACTIVE),
                    DataScope.province());
            return startups.register(new StartupDetails("测试创业实体" + SEQUENCE.incrementAndGet(), region, brand, LocalDate.now().minusMonths(14), 5,
                    "创业者" + SEQUENCE.get() % 100, founderId, null, false, null, loan ? "吉林银行" : null, loan ? new BigDecimal("200000") : null,
                    loan ? LocalDate.now().minusMonths(6) : null, loan ? 24 : null, null, null, null), scope);
        }, REGISTRAR);
    }

    private List<Long> claim(long policy, long startup) {
        return Acting.as(11, () -> claims.open(new NewClaims(policy, startup, Set.of()), city), CLAIMANT);
    }

    @Test
    void aCityClaimsTheOneOffSubsidyForTheFounderOfItsOwnStartup() {
        long grant = policy(SubsidyKind.STARTUP_GRANT, "一次性创业补贴（测试）", "5000.00");
        String founderId = residentId();
        long startup = startup(COUNTY, founderId, false);

        assertThat(Acting.as(11, () -> claims.evidenceOptions(grant, "测试创业实体", city), CLAIMANT))
                .extracting(EvidenceSource.EvidenceOption::id).contains(startup);
        List<Long> made = claim(grant, startup);
        assertThat(made).hasSize(1);
        SubsidyClaim claim = claims.get(made.get(0), city);
        assertThat(claim.getEvidence()).isEqualTo(EvidenceKind.STARTUP);
        assertThat(claim.getEvidenceId()).isEqualTo(startup);
        assertThat(claim.getRegionCode()).isEqualTo(COUNTY);
        assertThat(claim.getPayeeName()).startsWith("创业者");
        assertThat(claim.getAmount()).isEqualByComparingTo("5000.00");
        assertThat(claims.findings(claim)).isEmpty();
        ClaimPerson founder = claims.people(claim.getId(), city).get(0);
        assertThat(founder.getResidentIdIndex()).isEqualTo(cipher.blindIndex(founderId));
        assertThat(founder.getResidentIdCipher()).doesNotContain(founderId.substring(6, 14));
        readyToSubmit(claim.getId());
        assertThat(step(11, claim.getId(), ClaimAction.SUBMIT, null, CLAIMANT)).isEqualTo(ClaimState.SUBMITTED);
    }

    @Test
    void anotherCitysStartupIsNotFound() {
        long grant = policy(SubsidyKind.STARTUP_GRANT, "一次性创业补贴（测试）", "5000.00");
        long liaoyuan = startup("220402", residentId(), true);
        assertThatThrownBy(() -> claim(grant, liaoyuan)).isInstanceOf(NotFoundException.class);
        assertThat(Acting.as(11, () -> claims.evidenceOptions(grant, "", city), CLAIMANT))
                .extracting(EvidenceSource.EvidenceOption::id).doesNotContain(liaoyuan);
    }

    @Test
    void noLoanInterestSubsidyWithoutAGuaranteedLoan() {
        long interest = policy(SubsidyKind.LOAN_INTEREST, "创业担保贷款贴息（测试）", "3000.00");
        long withoutLoan = startup(COUNTY, residentId(), false);
        assertThatThrownBy(() -> claim(interest, withoutLoan))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.evidence.noLoan"));

        long withLoan = startup(COUNTY, residentId(), true);
        SubsidyClaim claim = claims.get(claim(interest, withLoan).get(0), city);
        assertThat(claim.getKind()).isEqualTo(SubsidyKind.LOAN_INTEREST);
        assertThat(claims.people(claim.getId(), city).get(0).getEvidenceDate()).as("counted from the loan").isEqualTo(LocalDate.now().minusMonths(6));
    }

    @Test
    void theOneOffSubsidyIsGrantedOnceInAFoundersLife() {
        long grant = policy(SubsidyKind.STARTUP_GRANT, "一次性创业补贴（测试）", "5000.00");
        String founderId = residentId();
        long first = claim(grant, startup(COUNTY, founderId, false)).get(0);
        readyToSubmit(first);
        step(11, first, ClaimAction.SUBMIT, null, CLAIMANT);
        // granted two years ago: the policy's one-a-year limit no longer catches it, the once-in-a-life rule does
        jdbc.update("update subsidy_claim_person set claim_year = claim_year - 2 where claim_id = ?", first);

        long second = claim(grant, startup(COUNTY, founderId, false)).get(0);
        assertThat(claims.findings(claims.get(second, city))).extracting(f -> f.rule()).containsExactly("once");
        readyToSubmit(second);
        assertThatThrownBy(() -> step(11, second, ClaimAction.SUBMIT, null, CLAIMANT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.claim.findings"));
    }

    @Test
    void twoClaimsForOneFounderSubmittedAtOnceOnlyOneGoesThrough() throws Exception {
        long grant = policy(SubsidyKind.STARTUP_GRANT, "一次性创业补贴（测试）", "5000.00");
        String founderId = residentId();
        long a = claim(grant, startup(COUNTY, founderId, false)).get(0);
        long b = claim(grant, startup(COUNTY, founderId, false)).get(0);
        readyToSubmit(a);
        readyToSubmit(b);
        List<Object> outcomes = race(() -> step(21, a, ClaimAction.SUBMIT, null, CLAIMANT), () -> step(22, b, ClaimAction.SUBMIT, null, CLAIMANT));
        assertThat(outcomes).filteredOn(o -> o == ClaimState.SUBMITTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim_person where live and claim_id in (?, ?)", Integer.class, a, b))
                .isEqualTo(1);
    }
}
