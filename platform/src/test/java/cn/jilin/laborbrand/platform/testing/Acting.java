package cn.jilin.laborbrand.platform.testing;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in account of its own, holding exactly the permissions named (as a role would grant). */
public final class Acting {

    private record Person(Long accountId, String username, Long organisationId) implements AuditActor.Actor {
    }

    private Acting() {
    }

    public static <T> T as(long accountId, Callable<T> work, String... permissions) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Person(accountId, "tester" + accountId, null), null,
                AuthorityUtils.createAuthorityList(permissions)));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
