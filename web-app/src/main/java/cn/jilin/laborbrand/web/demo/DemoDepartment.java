package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the demo does for a department (e.g. its own progress reports, which only the department may write): as the
 * system, in that organisation, holding what its officer holds for it; the history and audit log name the system.
 */
final class DemoDepartment {

    private DemoDepartment() {
    }

    static <T> T call(long organisationId, String[] permissions, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new OnBehalf(organisationId), null,
                AuthorityUtils.createAuthorityList(permissions)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record OnBehalf(long department) implements AuditActor.Actor {

        @Override
        public Long accountId() {
            return null;
        }

        @Override
        public String username() {
            return "system";
        }

        @Override
        public Long organisationId() {
            return department;
        }

        @Override
        public String toString() {
            return "system";
        }
    }
}
