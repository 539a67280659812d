package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a template shows to whom: {@code th:if="${#access.can('brand:edit')}"}. The signed-in account's permissions
 * are already in memory; the security dialect's {@code sec:authorize} instead looks up every bean of the context and
 * parses its expression again on each use, which cost several per cent of a page. Buttons hidden here are still
 * refused by the controllers' {@code @PreAuthorize}: this decides only what is shown.
 */
@Component
public class PageAccess {

    /** Whether someone is signed in (an anonymous visitor is not). */
    public boolean signedIn() {
        return current() != null;
    }

    /** Whether the signed-in account holds the permission; false for an anonymous visitor. */
    public boolean can(String permission) {
        SignedInAccount account = current();
        return account != null && account.can(permission);
    }

    /** Whether the signed-in account holds at least one of the permissions. */
    public boolean canAny(String... permissions) {
        SignedInAccount account = current();
        if (account == null) {
            return false;
        }
        for (String permission : permissions) {
            if (account.can(permission)) {
                return true;
            }
        }
        return false;
    }

    private static SignedInAccount current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account ? account : null;
    }
}
