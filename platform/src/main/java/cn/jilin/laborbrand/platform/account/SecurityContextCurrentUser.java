package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current user as Spring Security knows it: the signed-in account, or the platform's own {@link SystemActor}. */
@Component
class SecurityContextCurrentUser implements CurrentUser {

    @Override
    public Long accountId() {
        return AuditActor.current().accountId();
    }

    @Override
    public String username() {
        return AuditActor.current().username();
    }

    @Override
    public boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }
}
