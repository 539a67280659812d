package cn.jilin.laborbrand.platform.account;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the platform does on its own behalf (provisioning at start-up, scheduled jobs): it runs as "system", holding
 * exactly the permissions named, and is audited under that name.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work, String... permissions) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(permissions)));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work, String... permissions) {
        call(() -> {
            work.run();
            return null;
        }, permissions);
    }
}
