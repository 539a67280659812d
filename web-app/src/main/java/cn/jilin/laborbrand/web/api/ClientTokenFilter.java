package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.apiclient.ApiClientGrant;
import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on /api/v1: a token that names no valid client (unknown, rotated away,
 * disabled, expired) is a 401 at once, even on a public dataset; a valid one is counted against the client's limit per
 * minute (PostgreSQL-backed, so every node counts alike) and becomes the request's authentication. No header: the
 * request goes on anonymously, and the URL rules decide. Nothing is kept between requests.
 */
final class ClientTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final ApiClientService clients;
    private final RateLimiter limiter;
    private final ApiErrors errors;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ClientTokenFilter(ApiClientService clients, RateLimiter limiter, ApiErrors errors, Clock clock) {
        this.clients = clients;
        this.limiter = limiter;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClientGrant> grant = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? clients.authenticate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (grant.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            errors.write(response, 401, "api.error.token");
            return;
        }
        RateLimit limit = new RateLimit("api.client", grant.get().ratePerMinute(), WINDOW);
        if (!limiter.tryAcquire(limit, String.valueOf(grant.get().clientId()))) {
            long intoWindow = clock.instant().getEpochSecond() % WINDOW.toSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(WINDOW.toSeconds() - intoWindow));
            errors.write(response, 429, null);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(grant.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
