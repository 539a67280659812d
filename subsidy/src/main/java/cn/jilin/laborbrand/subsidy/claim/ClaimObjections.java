package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公示异议: objections received while a claim is on public notice, and their resolution (one upheld rejects the claim). */
@Service
public class ClaimObjections {

    private final SubsidyClaimRepository claims;
    private final SubsidyObjectionRepository objections;
    private final ClaimDecisions decisions;
    private final AuditService audit;
    private final Clock clock;

    ClaimObjections(SubsidyClaimRepository claims, SubsidyObjectionRepository objections, ClaimDecisions decisions, AuditService audit, Clock clock) {
        this.claims = claims;
        this.objections = objections;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<SubsidyObjection> of(long claimId, DataScope scope) {
        return objections.findByClaimIdOrderById(claims.getById(claimId, scope).getId());
    }

    /** Records an objection received while the claim is on public notice. */
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    @Transactional
    public long record(long claimId, LocalDate receivedOn, String objector, String content, DataScope scope) {
        SubsidyClaim claim = claims.getById(claimId, scope);
        if (claim.getState() != ClaimState.NOTICE) {
            throw new RuleViolation("subsidy.objection.notOnNotice");
        }
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("receivedOn", "subsidy.objection.date");
        }
        if (objector == null || objector.isBlank() || objector.strip().length() > 100) {
            throw new RuleViolation("objector", "subsidy.objection.objector");
        }
        if (content == null || content.isBlank() || content.strip().length() > 2000) {
            throw new RuleViolation("content", "subsidy.objection.content");
        }
        SubsidyObjection objection = objections.saveAndFlush(new SubsidyObjection(claim.getId(), receivedOn, objector.strip(), content.strip()));
        audit.record("subsidy.objection.create", SubsidyClaim.SUBJECT_TYPE, claimId, "objection " + objection.getId());
        return objection.getId();
    }

    /** Resolves an objection; one upheld rejects the claim, and its money goes back to the line. */
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    @Transactional
    public void resolve(long claimId, long objectionId, boolean upheld, String resolution, DataScope scope) {
        SubsidyClaim claim = claims.getById(claimId, scope);
        SubsidyObjection objection = objections.findById(objectionId).filter(o -> o.getClaimId() == claim.getId())
                .orElseThrow(() -> new NotFoundException("subsidy_objection", objectionId));
        if (objection.getUpheld() != null) {
            throw new RuleViolation("subsidy.objection.resolved");
        }
        if (resolution == null || resolution.isBlank() || resolution.strip().length() > 2000) {
            throw new RuleViolation("resolution", "subsidy.objection.resolution");
        }
        objection.resolve(upheld, resolution.strip());
        objections.saveAndFlush(objection);
        audit.record("subsidy.objection.resolve", SubsidyClaim.SUBJECT_TYPE, claimId, "objection " + objectionId + (upheld ? " upheld" : " dismissed"));
        if (upheld) {
            decisions.take(claimId, claim.getVersion(), ClaimAction.REJECT, resolution.strip(), scope);
        }
    }
}
