package cn.jilin.laborbrand.governance;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts in a test: an officer of a department (its organisation and permissions), or HRSS at the province. */
public final class Actors {

    /** What a department officer holds for the plan. */
    public static final String[] DEPARTMENT = {"plan:view", "task:view", "task:report"};
    /** What HRSS holds for the plan (reviewer and manager together). */
    public static final String[] HRSS = {"plan:view", "task:view", "task:review", "task:manage", "meeting:manage"};

    private Actors() {
    }

    /** Runs {@code work} as an officer of the organisation holding these permissions ({@link #DEPARTMENT} when none are named). */
    public static <T> T of(long organisationId, Supplier<T> work, String... permissions) {
        return as(new Officer(organisationId, null), permissions.length == 0 ? DEPARTMENT : permissions, work);
    }

    /** Runs {@code work} as one person of the organisation (an account id of its own), holding these permissions. */
    public static <T> T person(long accountId, long organisationId, Supplier<T> work, String... permissions) {
        return as(new Officer(organisationId, accountId), permissions, work);
    }

    private static <T> T as(Officer officer, String[] permissions, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                AuthorityUtils.createAuthorityList(permissions)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(long organisationId, Runnable work, String... permissions) {
        of(organisationId, () -> {
            work.run();
            return null;
        }, permissions);
    }

    /** Runs {@code work} as HRSS at the province. */
    public static <T> T hrss(Supplier<T> work) {
        return SystemActor.call(work, HRSS);
    }

    public static void hrss(Runnable work) {
        SystemActor.run(work, HRSS);
    }

    private record Officer(long organisation, Long account) implements AuditActor.Actor {

        @Override
        public Long accountId() {
            return account;
        }

        @Override
        public String username() {
            return account == null ? "officer-" + organisation : "officer-" + organisation + "-" + account;
        }

        @Override
        public Long organisationId() {
            return organisation;
        }

        @Override
        public String toString() {
            return username();
        }
    }
}
