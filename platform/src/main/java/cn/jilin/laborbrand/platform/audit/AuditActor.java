package cn.jilin.laborbrand.platform.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did it: the signed-in account, a username typed at the sign-in form (which may name no account), or the
 * platform itself (scheduled jobs, demo data).
 */
public record AuditActor(Long accountId, String username, Long organisationId) {

    public static final AuditActor SYSTEM = new AuditActor(null, "system", null);

    /** The actor of the current thread's security context, or {@link #SYSTEM} when nobody is signed in. */
    public static AuditActor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return new AuditActor(actor.accountId(), actor.username(), actor.organisationId());
        }
        if (auth != null && auth.isAuthenticated() && auth.getName() != null) {
            return new AuditActor(null, auth.getName(), null);
        }
        return SYSTEM;
    }

    /** Implemented by the signed-in principal so that the audit log can name its account and organisation. */
    public interface Actor {
        Long accountId();

        String username();

        Long organisationId();
    }
}
