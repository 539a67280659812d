package cn.jilin.laborbrand.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests of a signed-in user as a browser sends them: the principal and the session cookie. Without the cookie every
 * request would open a new session, which Spring Session refuses once a long page has been flushed; a signed-in user
 * always has one.
 */
final class SignedIn {

    private SignedIn() {
    }

    static RequestPostProcessor as(MockMvc mvc, UserDetails user) throws Exception {
        RequestPostProcessor principal = SecurityMockMvcRequestPostProcessors.user(user);
        MockHttpServletResponse home = mvc.perform(get("/").with(principal)).andReturn().getResponse();
        Cookie session = home.getCookie("SESSION");
        if (session == null) {
            throw new IllegalStateException("no session opened for " + user.getUsername());
        }
        return request -> {
            principal.postProcessRequest(request);
            request.setCookies(session);
            return request;
        };
    }
}
