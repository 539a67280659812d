package cn.jilin.laborbrand.platform.crypto;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reveal-class lookups: finding people by a full resident ID or phone number confirms who holds it, so it is treated
 * like revealing one. The caller needs the kind's permission, each lookup counts against a per-account limit, and every
 * lookup is audited — who, what kind, on what, how many asked and found, when — never the value looked up. The audit
 * records are written in transactions of their own, so they stand although the request then fails.
 */
@Component
public class PersonalDataLookups {

    /** A kind of lookup: its audit action, the permission it needs, and its limit per account. */
    public record Kind(String action, String permission, RateLimit limit) {
    }

    private final RateLimiter limiter;
    private final AuditService audit;
    private final TransactionTemplate ownTransaction;

    PersonalDataLookups(RateLimiter limiter, AuditService audit, PlatformTransactionManager transactions) {
        this.limiter = limiter;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Lets one lookup of the current account through, or refuses it: {@link AccessDeniedException} without the
     * permission, {@link LookupLimitExceededException} past the limit. A refusal for the limit is audited once per
     * window (the rate-limit purge job writes how many followed).
     */
    public void admit(Kind kind, String objectType, Object objectId) {
        AuditActor actor = AuditActor.current();
        if (!holds(kind.permission())) {
            denied(actor, kind, objectType, objectId, "permission " + kind.permission() + " missing");
            throw new AccessDeniedException("a " + kind.action() + " needs " + kind.permission());
        }
        RateLimiter.Decision decision = limiter.acquire(kind.limit(), subject(actor));
        if (!decision.allowed()) {
            if (decision.firstRefusal()) {
                denied(actor, kind, objectType, objectId, "over the limit of " + kind.limit().max() + " per " + kind.limit().window());
            }
            throw new LookupLimitExceededException(kind.limit());
        }
    }

    /**
     * Records an answered lookup: how many values were asked and how many found, never the values. In a transaction of
     * its own: the answer was given even when the request's own work then fails (a dispatch refused for an unknown ID).
     */
    public void answered(Kind kind, String objectType, Object objectId, int asked, int found) {
        AuditActor actor = AuditActor.current();
        ownTransaction.executeWithoutResult(status -> audit.record(actor, kind.action(), objectType, objectId, AuditOutcome.SUCCESS,
                "asked=" + asked + " found=" + found));
    }

    private void denied(AuditActor actor, Kind kind, String objectType, Object objectId, String detail) {
        ownTransaction.executeWithoutResult(status -> audit.record(actor, kind.action(), objectType, objectId, AuditOutcome.DENIED, detail));
    }

    private static boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }

    /** Limits count per account; an actor without one (the system) by name. */
    private static String subject(AuditActor actor) {
        return actor.accountId() != null ? "account:" + actor.accountId() : "user:" + actor.username();
    }
}
