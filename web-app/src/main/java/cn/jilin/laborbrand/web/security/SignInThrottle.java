package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in failures per client address (等保: 登录失败处理), on top of each account's own lockout: once an address has
 * failed {@code max} times within the window, its further attempts are turned away before any password is checked.
 * A refused attempt is counted, not logged: the first refusal of a window writes one audit event, and the purge job
 * writes the window's count; so a flood of attempts cannot flood the audit log.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final RateLimit FAILURES = new RateLimit("sign-in-failures", 50, Duration.ofMinutes(15));

    private final RateLimiter limiter;
    private final AuditService audit;

    SignInThrottle(RateLimiter limiter, AuditService audit) {
        this.limiter = limiter;
        this.audit = audit;
    }

    /** Counts one failure of the address (called on every failed sign-in). */
    void failed(String address) {
        limiter.hit(FAILURES, address);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (limiter.isExhausted(FAILURES, address)) {
            if (limiter.refuse(FAILURES, address)) {
                audit.record(AuditActor.SYSTEM, "login.throttled", "client", null, AuditOutcome.DENIED,
                        "further sign-in attempts from this address are refused for up to " + FAILURES.window().toMinutes() + " minutes");
            }
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
