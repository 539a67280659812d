package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a claim after it is made, each step a transition of {@link ClaimWorkflow#TABLE} with its history, and
 * what the step does besides: submission and approval run the rule engine again; submission makes the claim's grants
 * count (the database refuses the same grant twice); approval commits the budget line, which never goes below zero;
 * public notice lasts the policy's days and ends only with every objection resolved; rejection after approval gives the
 * money back; recovery returns it to the line. Batch steps (batch, pay, fail) are the batch service's.
 */
@Service
public class ClaimDecisions {

    /** Taken by the batch service, with the bank's answer, never from a claim's page. */
    private static final Set<ClaimAction> BY_BATCH = EnumSet.of(ClaimAction.BATCH, ClaimAction.UNBATCH, ClaimAction.PAY, ClaimAction.FAIL);

    private final SubsidyClaimRepository claims;
    private final ClaimPersonRepository people;
    private final SubsidyObjectionRepository objections;
    private final SubsidyRecoveryRepository recoveries;
    private final PolicyService policies;
    private final ClaimChecks checks;
    private final ClaimMoney money;
    private final Workflows workflows;
    private final AuditService audit;
    private final Clock clock;

    ClaimDecisions(SubsidyClaimRepository claims, ClaimPersonRepository people, SubsidyObjectionRepository objections, SubsidyRecoveryRepository recoveries,
                   PolicyService policies, ClaimChecks checks, ClaimMoney money, Workflows workflows, AuditService audit, Clock clock) {
        this.claims = claims;
        this.people = people;
        this.objections = objections;
        this.recoveries = recoveries;
        this.policies = policies;
        this.checks = checks;
        this.money = money;
        this.workflows = workflows;
        this.audit = audit;
        this.clock = clock;
    }

    /** The steps the current user may take on the claim now (the buttons of its page). */
    public List<ClaimAction> available(SubsidyClaim claim) {
        return workflows.available(ClaimWorkflow.TABLE, claim).stream().filter(a -> !BY_BATCH.contains(a)).toList();
    }

    /** Whether the step needs a reason (the form then asks for one). */
    public boolean needsReason(ClaimAction action) {
        return ClaimWorkflow.TABLE.transition(action).reasonRequired();
    }

    /** The step named by a URL segment ({@code start-notice}), if there is one a page may take. */
    public Optional<ClaimAction> action(String slug) {
        return ClaimWorkflow.TABLE.action(slug).filter(a -> !BY_BATCH.contains(a) && a != ClaimAction.RECOVER);
    }

    /** Takes a step of the claim workflow on a claim within the caller's scope. */
    @PreAuthorize("hasAnyAuthority('subsidy:claim', 'subsidy:verify', 'subsidy:approve:city', 'subsidy:approve:province', 'subsidy:disburse')")
    @Transactional
    public ClaimState take(long id, long shownVersion, ClaimAction action, String comment, DataScope scope) {
        if (BY_BATCH.contains(action) || action == ClaimAction.RECOVER) {
            throw new RuleViolation("workflow.notAllowed");
        }
        SubsidyClaim claim = lockWithin(id, scope);
        ClaimState before = claim.getState();
        switch (action) {
            case SUBMIT -> {
                if (claim.getAccountCipher() == null) {
                    throw new RuleViolation("subsidy.claim.accountMissing");
                }
                requireStillEligible(claim, scope);
            }
            case APPROVE -> requireStillEligible(claim, scope);
            case END_NOTICE -> requireNoticeOver(claim);
            default -> {
            }
        }
        ClaimState after = workflows.take(ClaimWorkflow.TABLE, action, claim, shownVersion, comment);
        switch (action) {
            case APPROVE -> money.commit(claim);
            case START_NOTICE -> {
                LocalDate today = LocalDate.now(clock);
                claim.onNotice(today, today.plusDays(policies.get(claim.getPolicyId()).getNoticeDays()));
            }
            case REJECT, WITHDRAW -> {
                if (ClaimState.COMMITTED.contains(before)) {
                    money.release(claim);
                }
            }
            default -> {
            }
        }
        claims.saveAndFlush(claim);
        countGrants(claim.getId(), after);
        return after;
    }

    /** 追回: money taken back from a paid claim found wrong, with the reason; the budget line gets it back. */
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    @Transactional
    public void recover(long id, long shownVersion, BigDecimal amount, String reason, LocalDate recoveredOn, DataScope scope) {
        SubsidyClaim claim = lockWithin(id, scope);
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(claim.getAmount()) > 0) {
            throw new RuleViolation("amount", "subsidy.recovery.amount");
        }
        if (recoveredOn == null || recoveredOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("recoveredOn", "subsidy.recovery.date");
        }
        workflows.take(ClaimWorkflow.TABLE, ClaimAction.RECOVER, claim, shownVersion, reason);
        claim.recover(amount);
        claims.saveAndFlush(claim);
        money.restore(claim, amount);
        recoveries.saveAndFlush(new Recovery(claim.getId(), amount, reason.strip(), recoveredOn));
        countGrants(claim.getId(), ClaimState.RECOVERED);
        audit.record("subsidy.claim.recover", SubsidyClaim.SUBJECT_TYPE, id, "amount=" + amount);
    }

    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<Recovery> recoveries(long id, DataScope scope) {
        return recoveries.findByClaimIdOrderById(claims.getById(id, scope).getId());
    }

    /**
     * The claim, locked and read fresh before anything is decided on it (a second decider waits, then sees the first's
     * result), and only if it lies within the caller's scope.
     */
    private SubsidyClaim lockWithin(long id, DataScope scope) {
        claims.lock(id).orElseThrow(() -> new cn.jilin.laborbrand.platform.NotFoundException("subsidy_claim", id));
        return claims.getById(id, scope);
    }

    /** Runs the rule engine again over the claim's people and the evidence as it stands now; any finding refuses. */
    private void requireStillEligible(SubsidyClaim claim, DataScope scope) {
        SubsidyPolicy policy = policies.get(claim.getPolicyId());
        List<Finding> findings = checks.recheck(claim, policy, scope);
        claim.findings(FindingsCodec.encode(findings));
        if (!findings.isEmpty()) {
            claims.saveAndFlush(claim);
            throw new RuleViolation("subsidy.claim.findings");
        }
    }

    private void requireNoticeOver(SubsidyClaim claim) {
        if (claim.getNoticeTo() == null || !claim.getNoticeTo().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("subsidy.notice.notOver");
        }
        if (objections.existsByClaimIdAndUpheldIsNull(claim.getId())) {
            throw new RuleViolation("subsidy.notice.openObjections");
        }
    }

    /** Makes the claim's grants count, or stop counting; the same grant live twice is refused by the database. */
    void countGrants(long claimId, ClaimState state) {
        try {
            people.markLive(claimId, state.isLive());
        } catch (DataIntegrityViolationException duplicate) {
            throw new RuleViolation("subsidy.claim.duplicateGrant");
        }
    }
}
