package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in: to the password page when the password must change, else where the user was going. */
class PasswordAwareSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInAccount user && user.passwordChangeRequired()) {
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
