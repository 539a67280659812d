package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, successful or not, reaches the account's lockout counter and the audit log; a failure also counts
 * against the client address ({@link SignInThrottle}).
 */
@Component
class LoginAuditor {

    private final AccountService accounts;
    private final SignInThrottle throttle;

    LoginAuditor(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordLoginSuccess(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
        accounts.recordLoginFailure(event.getAuthentication().getName(), event.getException().getClass().getSimpleName());
    }
}
