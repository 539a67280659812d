package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Writes a refused request to the audit log with outcome DENIED: a signed-in user asking for what their permissions
 * do not allow (403), or writing to a record outside their scope (answered 404, like a record that does not exist).
 */
@Component
public class DeniedRequestAuditor {

    private final AuditService audit;

    DeniedRequestAuditor(AuditService audit) {
        this.audit = audit;
    }

    /** A request refused for want of permission. */
    public void forbidden(HttpServletRequest request) {
        record("access.denied", request);
    }

    /** A write to a record that does not exist or lies outside the caller's scope. */
    public void outOfScope(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            record("access.outOfScope", request);
        }
    }

    private void record(String action, HttpServletRequest request) {
        AuditActor actor = AuditActor.current();
        if (actor.accountId() == null) {
            return; // anonymous visitors are sent to sign in, not refused
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.record(actor, action, "request", null, AuditOutcome.DENIED,
                request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path));
    }
}
