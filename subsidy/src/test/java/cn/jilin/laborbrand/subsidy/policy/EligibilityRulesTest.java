package cn.jilin.laborbrand.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.subsidy.rule.Candidate;
import cn.jilin.laborbrand.subsidy.rule.EligibilityRules;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import cn.jilin.laborbrand.subsidy.rule.Grant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each limit of a policy, as the one rule engine applies it, with the reason it gives. */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    /** The 2020 Jilin training subsidy: 3 a year, the same occupation and level once, no lower after higher, 12 months. */
    static SubsidyPolicy training() {
        SubsidyPolicy policy = new SubsidyPolicy("TRAINING-TEST");
        policy.write(new PolicyDetails("职业技能培训补贴", SubsidyKind.TRAINING, PayeeKind.PERSON, EvidenceKind.CERTIFICATE, "SKILL_LEVEL",
                List.of("身份证复印件"), ApprovalLevel.CITY, 7, 12, 3, true, true, null, true));
        return policy;
    }

    static SubsidyPolicy transport() {
        SubsidyPolicy policy = new SubsidyPolicy("TRANSPORT-TEST");
        policy.write(new PolicyDetails("一次性交通补助", SubsidyKind.TRANSPORT, PayeeKind.PERSON, EvidenceKind.DISPATCH, null, List.of(),
                ApprovalLevel.CITY, 7, null, 1, false, false, null, true));
        return policy;
    }

    private static Grant asked(String person, String occupation, Integer level, LocalDate evidenceDate) {
        return new Grant(person, "姓名" + person, SubsidyKind.TRAINING, occupation, level, 2026, evidenceDate, null);
    }

    private static Grant paid(String person, String occupation, Integer level, int year, String claim) {
        return new Grant(person, "姓名" + person, SubsidyKind.TRAINING, occupation, level, year, LocalDate.of(year, 3, 1), claim);
    }

    private static List<Finding> check(SubsidyPolicy policy, List<Grant> asked, List<Grant> history) {
        return EligibilityRules.check(new Candidate(policy, asked, true, true, List.of(), List.of()), history, TODAY);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    /** 一次性创业补贴: one a year by the policy, and once in a life by the rule engine. */
    static SubsidyPolicy startupGrant() {
        SubsidyPolicy policy = new SubsidyPolicy("STARTUP-TEST");
        policy.write(new PolicyDetails("一次性创业补贴", SubsidyKind.STARTUP_GRANT, PayeeKind.PERSON, EvidenceKind.STARTUP, null, List.of(),
                ApprovalLevel.PROVINCE, 7, null, 1, false, false, null, true));
        return policy;
    }

    @Test
    void theOneOffStartupGrantOnlyOnceAPersonWhateverTheYear() {
        Grant asked = new Grant("p1", "姓名p1", SubsidyKind.STARTUP_GRANT, null, null, 2026, TODAY.minusMonths(14), null);
        Grant earlier = new Grant("p1", "姓名p1", SubsidyKind.STARTUP_GRANT, null, null, 2022, LocalDate.of(2021, 5, 1), "CY7");
        List<Finding> findings = check(startupGrant(), List.of(asked), List.of(earlier));
        assertThat(rules(findings)).containsExactly("once");
        assertThat(findings.get(0).messageKey()).isEqualTo("subsidy.rule.once");
        assertThat(findings.get(0).arguments()).containsExactly("CY7");
        assertThat(check(startupGrant(), List.of(asked), List.of(paid("p1", "A", 5, 2025, "BT1")))).as("a training subsidy is no start-up grant")
                .isEmpty();
    }

    @Test
    void aFirstGrantWithinTheWindowPasses() {
        assertThat(check(training(), List.of(asked("p1", "6-18-01-01", 4, TODAY.minusMonths(2))), List.of())).isEmpty();
    }

    @Test
    void atMostThreeTrainingSubsidiesAPersonInACalendarYear() {
        List<Grant> three = List.of(paid("p1", "A", 5, 2026, "BT1"), paid("p1", "B", 5, 2026, "BT2"), paid("p1", "C", 5, 2026, "BT3"));
        List<Finding> findings = check(training(), List.of(asked("p1", "D", 5, TODAY)), three);
        assertThat(rules(findings)).containsExactly("yearly");
        assertThat(findings.get(0).messageKey()).isEqualTo("subsidy.rule.yearly");
        assertThat(findings.get(0).arguments()).containsExactly("2026", "3", "3");
        assertThat(check(training(), List.of(asked("p1", "D", 5, TODAY)), three.subList(0, 2))).isEmpty();
        List<Grant> lastYear = List.of(paid("p1", "A", 5, 2025, "BT1"), paid("p1", "B", 5, 2025, "BT2"), paid("p1", "C", 5, 2025, "BT3"));
        assertThat(check(training(), List.of(asked("p1", "D", 5, TODAY)), lastYear)).as("another year counts apart").isEmpty();
    }

    @Test
    void theSameOccupationAndLevelOnlyOnce() {
        List<Finding> findings = check(training(), List.of(asked("p1", "A", 4, TODAY)), List.of(paid("p1", "A", 4, 2024, "BT9")));
        assertThat(rules(findings)).containsExactly("sameGrant");
        assertThat(findings.get(0).arguments()).containsExactly("A", "4", "BT9");
        assertThat(check(training(), List.of(asked("p1", "A", 3, TODAY)), List.of(paid("p1", "A", 4, 2024, "BT9"))))
                .as("a higher level of the same occupation").isEmpty();
    }

    @Test
    void onceAHigherLevelWasPaidNotTheLower() {
        List<Finding> findings = check(training(), List.of(asked("p1", "A", 5, TODAY)), List.of(paid("p1", "A", 3, 2025, "BT7")));
        assertThat(rules(findings)).containsExactly("lowerAfterHigher");
        assertThat(check(training(), List.of(asked("p1", "B", 5, TODAY)), List.of(paid("p1", "A", 3, 2025, "BT7"))))
                .as("another occupation").isEmpty();
    }

    @Test
    void aClaimWithinTwelveMonthsOfTheCertificate() {
        assertThat(rules(check(training(), List.of(asked("p1", "A", 4, TODAY.minusMonths(13))), List.of()))).containsExactly("window");
        assertThat(check(training(), List.of(asked("p1", "A", 4, TODAY.minusMonths(12))), List.of())).isEmpty();
    }

    @Test
    void aGrantPaidToAnInstitutionStillCountsAgainstThePerson() {
        // the history holds people's grants whoever was paid: an institution's claim lists its people like a personal one
        Grant viaInstitution = paid("p1", "A", 4, 2026, "BT-institution");
        assertThat(rules(check(training(), List.of(asked("p1", "A", 4, TODAY)), List.of(viaInstitution)))).containsExactly("sameGrant");
    }

    @Test
    void aTransportGrantOncePerPersonPerYear() {
        Grant last = new Grant("p1", "姓名", SubsidyKind.TRANSPORT, null, null, 2026, LocalDate.of(2026, 2, 1), "BT5");
        Grant asked = new Grant("p1", "姓名", SubsidyKind.TRANSPORT, null, null, 2026, TODAY, null);
        assertThat(rules(check(transport(), List.of(asked), List.of(last)))).containsExactly("yearly");
        Grant lastYear = new Grant("p1", "姓名", SubsidyKind.TRANSPORT, null, null, 2025, LocalDate.of(2025, 2, 1), "BT4");
        assertThat(check(transport(), List.of(asked), List.of(lastYear))).isEmpty();
    }

    @Test
    void otherKindsDoNotCount() {
        Grant transportGrant = new Grant("p1", "姓名", SubsidyKind.TRANSPORT, "A", 4, 2026, TODAY, "BT5");
        assertThat(check(training(), List.of(asked("p1", "A", 4, TODAY)), List.of(transportGrant))).isEmpty();
    }

    @Test
    void theSamePersonTwiceInOneClaim() {
        assertThat(rules(check(training(), List.of(asked("p1", "A", 4, TODAY), asked("p1", "B", 4, TODAY)), List.of())))
                .containsExactly("duplicateInClaim");
    }

    @Test
    void evidenceThatNoLongerStandsAPayeeOfBadCreditNoStandardOrTooFewHoursEachRefuse() {
        Candidate candidate = new Candidate(training(), List.of(asked("p1", "A", 4, TODAY)), false, false, List.of("姓名p1"), List.of("姓名p2"));
        assertThat(rules(EligibilityRules.check(candidate, List.of(), TODAY))).containsExactly("evidence", "payeeCredit", "noStandard", "hours");
    }

    @Test
    void anInactivePolicyPaysNothing() {
        SubsidyPolicy policy = training();
        policy.write(new PolicyDetails("停用的补贴", SubsidyKind.TRAINING, PayeeKind.PERSON, EvidenceKind.CERTIFICATE, "SKILL_LEVEL",
                List.of(), ApprovalLevel.CITY, 7, null, null, false, false, null, false));
        assertThat(rules(check(policy, List.of(asked("p1", "A", 4, TODAY)), List.of()))).containsExactly("inactive");
    }
}
