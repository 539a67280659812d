package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in: to the password page when the password must change, else where the user was going.
 *
 * <p>The new session's CSRF token is made here, with the sign-in, rather than by the first page that shows a form (every
 * page does: the sign-out button): pages opened at once right after signing in (tabs restored, a dashboard and a
 * list) then all find the same token, so each of their forms can be sent, and none has to add it to the session.
 */
class PasswordAwareSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        if (authentication.getPrincipal() instanceof SignedInAccount user && user.passwordChangeRequired()) {
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
