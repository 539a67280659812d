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

/**
 * Claims on a real PostgreSQL, from evidence to approval: priced from the standard in force, checked by the rule
 * engine, the same grant refused twice (by the rules, and by the database when two submissions race), and a budget
 * line that never goes below zero when two approvers take its last money at the same moment.
 */
class SubsidyFlowTest extends SubsidyTestSupport {

    @Test
    void aPersonalClaimIsPricedFromTheStandardOfItsLevelAndGoesToPublicNotice() {
        budget("100000.00");
        List<Long> made = open(course(160, "王小明", 4, "李小红", 3));
        assertThat(made).hasSize(2);
        SubsidyClaim wang = claims.get(made.get(0), city);
        assertThat(wang.getAmount()).isEqualByComparingTo("1500.00");
        assertThat(claims.get(made.get(1), city).getAmount()).isEqualByComparingTo("2000.00");
        assertThat(claims.findings(wang)).isEmpty();
        assertThat(claims.maskedId(claims.people(wang.getId(), city).get(0))).isEqualTo("22****************");

        assertThatThrownBy(() -> step(11, wang.getId(), ClaimAction.SUBMIT, null, CLAIMANT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.claim.accountMissing"));
        verified(wang.getId());
        assertThat(step(13, wang.getId(), ClaimAction.APPROVE, null, APPROVER)).isEqualTo(ClaimState.APPROVED);
        assertThat(committed()).isEqualByComparingTo("1500.00");
        assertThat(step(13, wang.getId(), ClaimAction.START_NOTICE, null, APPROVER)).isEqualTo(ClaimState.NOTICE);
        SubsidyClaim onNotice = claims.get(wang.getId(), city);
        assertThat(onNotice.getNoticeTo()).isEqualTo(onNotice.getNoticeFrom().plusDays(7));
        assertThatThrownBy(() -> step(13, wang.getId(), ClaimAction.END_NOTICE, null, APPROVER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.notice.notOver"));
        jdbc.update("update subsidy_claim set notice_to = current_date - 1 where id = ?", wang.getId());
        assertThat(step(13, wang.getId(), ClaimAction.END_NOTICE, null, APPROVER)).isEqualTo(ClaimState.PAYABLE);
        assertThat(claims.history(wang.getId(), city)).extracting(s -> s.getAction())
                .containsExactly("open", "submit", "verify", "approve", "start-notice", "end-notice");
    }

    @Test
    void theSameGrantIsRefusedByTheRulesAndAnotherCitySeesNoClaim() {
        budget("100000.00");
        long course = course(160, "张三", 4);
        long first = open(course).get(0);
        verified(first);
        long second = open(course).get(0);
        assertThat(claims.findings(claims.get(second, city))).extracting(f -> f.rule()).containsExactly("sameGrant");
        readyToSubmit(second);
        assertThatThrownBy(() -> step(11, second, ClaimAction.SUBMIT, null, CLAIMANT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.claim.findings"));

        DataScope liaoyuan = DataScope.region("220400", regions.coveredCodes("220400"));
        assertThatThrownBy(() -> Acting.as(14, () -> claims.get(first, liaoyuan), CLAIMANT))
                .isInstanceOf(cn.jilin.laborbrand.platform.NotFoundException.class);
        assertThat(Acting.as(14, () -> claims.search(ClaimFilter.none(), liaoyuan, org.springframework.data.domain.PageRequest.of(0, 50)), CLAIMANT)
                .getContent()).extracting(SubsidyClaim::getId).doesNotContain(first, second);
    }

    @Test
    void twoSubmissionsOfTheSameGrantAtOnceOneIsRefusedByTheDatabase() throws Exception {
        budget("100000.00");
        long course = course(160, "赵四", 4);
        long first = open(course).get(0);
        long second = open(course).get(0);
        readyToSubmit(first);
        readyToSubmit(second);
        List<Object> outcomes = race(() -> step(21, first, ClaimAction.SUBMIT, null, CLAIMANT), () -> step(22, second, ClaimAction.SUBMIT, null, CLAIMANT));
        assertThat(outcomes).filteredOn(o -> o == ClaimState.SUBMITTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim_person where live and claim_id in (?, ?)", Integer.class, first, second))
                .isEqualTo(1);
    }

    @Test
    void twoApproversTakingTheLastOfABudgetAtOnceOnlyOneSucceeds() throws Exception {
        budget("2000.00");
        long a = open(course(160, "甲", 4)).get(0);
        long b = open(course(160, "乙", 4)).get(0);
        verified(a);
        verified(b);
        List<Object> outcomes = race(() -> step(31, a, ClaimAction.APPROVE, null, APPROVER), () -> step(32, b, ClaimAction.APPROVE, null, APPROVER));
        assertThat(outcomes).filteredOn(o -> o == ClaimState.APPROVED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation r && r.messageKeys().contains("subsidy.budget.insufficient")).hasSize(1);
        assertThat(committed()).isEqualByComparingTo("1500.00");
    }

    @Test
    void aRejectionAfterApprovalGivesTheMoneyBack() {
        budget("100000.00");
        long claim = open(course(160, "丙", 3)).get(0);
        verified(claim);
        step(13, claim, ClaimAction.APPROVE, null, APPROVER);
        assertThat(committed()).isEqualByComparingTo("2000.00");
        assertThatThrownBy(() -> step(13, claim, ClaimAction.REJECT, " ", APPROVER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.reason.required"));
        assertThat(step(13, claim, ClaimAction.REJECT, "证书与培训班不符", APPROVER)).isEqualTo(ClaimState.REJECTED);
        assertThat(committed()).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject("select bool_or(live) from subsidy_claim_person where claim_id = ?", Boolean.class, claim)).isFalse();
    }

    @Test
    void withoutABudgetLineOrWithoutEnoughHoursNothingIsApproved() {
        long shortCourse = course(40, "丁", 5);
        long claim = open(shortCourse).get(0);
        assertThat(claims.findings(claims.get(claim, city))).extracting(f -> f.rule()).containsExactly("hours");
        long enough = open(course(160, "戊", 5)).get(0);
        verified(enough);
        assertThatThrownBy(() -> step(13, enough, ClaimAction.APPROVE, null, APPROVER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.budget.none"));
        assertThat(claims.get(enough, city).getState()).isEqualTo(ClaimState.VERIFIED);
    }
}
