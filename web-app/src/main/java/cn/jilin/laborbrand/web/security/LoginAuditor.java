package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, reaches the account's lockout counter and the audit log. */
@Component
class LoginAuditor {

    private final AccountService accounts;

    LoginAuditor(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordLoginSuccess(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        accounts.recordLoginFailure(event.getAuthentication().getName(), event.getException().getClass().getSimpleName());
    }
}
