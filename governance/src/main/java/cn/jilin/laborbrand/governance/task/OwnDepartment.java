package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import org.springframework.security.access.AccessDeniedException;

/** A department writes and submits reports on its own tasks only, whatever its scope or permissions (403 otherwise). */
final class OwnDepartment {

    private OwnDepartment() {
    }

    /** Whether the signed-in user belongs to the organisation. */
    static boolean is(long organisationId) {
        Long own = AuditActor.current().organisationId();
        return own != null && own == organisationId;
    }

    static void require(long organisationId) {
        if (!is(organisationId)) {
            throw new AccessDeniedException("a department reports only on its own tasks");
        }
    }
}
