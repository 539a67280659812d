package cn.jilin.laborbrand.web.home;

import cn.jilin.laborbrand.platform.worklist.WorkItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Each account's work list, kept for {@code laborbrand.worklist.freshness} (30 s by default) instead of being counted
 * again on every visit to the home page, and dropped at once when the account changes anything (any request other
 * than GET or HEAD passes through {@link #preHandle}): what the user did shows at once, what others did within the
 * freshness. Per node; a few hundred bytes per signed-in account.
 */
@Component
public class WorkListCache implements HandlerInterceptor {

    /** Past this many accounts, entries are dropped wholesale (they are only a cache). */
    static final int MAX_ACCOUNTS = 20_000;

    private record Entry(List<WorkItem> items, Instant computedAt) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration freshness;

    WorkListCache(Clock clock, @Value("${laborbrand.worklist.freshness:PT30S}") Duration freshness) {
        this.clock = clock;
        this.freshness = freshness;
    }

    /** The account's work list: the kept one while fresh, else {@code compute}'s. */
    List<WorkItem> get(long accountId, Supplier<List<WorkItem>> compute) {
        Instant now = clock.instant();
        Entry kept = entries.get(accountId);
        if (kept != null && kept.computedAt().plus(freshness).isAfter(now)) {
            return kept.items();
        }
        List<WorkItem> items = List.copyOf(compute.get());
        if (!freshness.isZero()) {
            if (entries.size() >= MAX_ACCOUNTS) {
                entries.clear();
            }
            entries.put(accountId, new Entry(items, now));
        }
        return items;
    }

    /** Forgets the account's work list. */
    void evict(long accountId) {
        entries.remove(accountId);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof cn.jilin.laborbrand.platform.account.SignedInAccount user) {
                evict(user.accountId());
            }
        }
        return true;
    }
}
