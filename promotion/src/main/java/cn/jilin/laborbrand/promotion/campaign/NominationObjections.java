package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公示异议: objections to nominees on public notice, sent by anyone or recorded by the province; one upheld removes the nominee. */
@Service
public class NominationObjections {

    private final NominationRepository nominations;
    private final NominationObjectionRepository objections;
    private final Workflows workflows;
    private final AuditService audit;
    private final Clock clock;

    NominationObjections(NominationRepository nominations, NominationObjectionRepository objections, Workflows workflows, AuditService audit,
                         Clock clock) {
        this.nominations = nominations;
        this.objections = objections;
        this.workflows = workflows;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public List<NominationObjection> of(long id, DataScope scope) {
        return objections.findByNominationIdOrderById(nominations.getById(id, scope).getId());
    }

    /** An objection sent through the public form (the caller applies the rate limit); only to a nominee on notice. */
    @PreAuthorize("permitAll()")
    @Transactional
    public long send(long id, String objector, String content) {
        Nomination nomination = nominations.findPublished(id).filter(n -> n.getState() == NominationState.NOTICE)
                .orElseThrow(() -> new NotFoundException(Nomination.SUBJECT_TYPE, id));
        return save(nomination, LocalDate.now(clock), objector, content, true);
    }

    /** An objection the province received by letter or phone. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public long record(long id, LocalDate receivedOn, String objector, String content, DataScope scope) {
        Nomination nomination = nominations.getById(id, scope);
        if (nomination.getState() != NominationState.NOTICE) {
            throw new RuleViolation("nomination.objection.notOnNotice");
        }
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("receivedOn", "nomination.objection.date");
        }
        return save(nomination, receivedOn, objector, content, false);
    }

    /** Resolves an objection; one upheld removes the nominee from the result. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void resolve(long id, long objectionId, boolean upheld, String resolution, DataScope scope) {
        Nomination nomination = nominations.getById(id, scope);
        NominationObjection objection = objections.findById(objectionId).filter(o -> o.getNominationId() == nomination.getId())
                .orElseThrow(() -> new NotFoundException("nomination_objection", objectionId));
        if (objection.getUpheld() != null) {
            throw new RuleViolation("nomination.objection.resolved");
        }
        if (resolution == null || resolution.isBlank() || resolution.strip().length() > 2000) {
            throw new RuleViolation("resolution", "nomination.objection.resolution.invalid");
        }
        objection.resolve(upheld, resolution.strip());
        objections.saveAndFlush(objection);
        audit.record("nomination.objection.resolve", Nomination.SUBJECT_TYPE, id, "objection " + objectionId + (upheld ? " upheld" : " dismissed"));
        if (upheld) {
            Nomination locked = nominations.lock(id).orElseThrow();
            workflows.take(NominationWorkflow.TABLE, NominationAction.REMOVE, locked, locked.getVersion(), resolution.strip());
            nominations.saveAndFlush(locked);
        }
    }

    private long save(Nomination nomination, LocalDate receivedOn, String objector, String content, boolean fromPublic) {
        if (objector == null || objector.isBlank() || objector.strip().length() > 100) {
            throw new RuleViolation("objector", "nomination.objection.objector.invalid");
        }
        if (content == null || content.isBlank() || content.strip().length() > 2000) {
            throw new RuleViolation("content", "nomination.objection.content.invalid");
        }
        NominationObjection objection = objections.saveAndFlush(new NominationObjection(nomination.getId(), receivedOn, objector.strip(),
                content.strip(), fromPublic));
        audit.record("nomination.objection.create", Nomination.SUBJECT_TYPE, nomination.getId(), "objection " + objection.getId()
                + (fromPublic ? " public" : ""));
        return objection.getId();
    }
}
