package cn.jilin.laborbrand.web;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data through the services, as the platform itself would create it. */
@Component
public class Fixtures {

    public static final String DEMO_PASSWORD = "Jilin#Brand2025";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final OrganisationService organisations;

    public Fixtures(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A request signed in as this account, with the principal the real sign-in would build. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** A fresh, unique username. */
    public static String uniqueUsername(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "." + (System.nanoTime() % 1_000_000);
    }

    /** Opens an account with the given roles; with {@code ageing} off it behaves like a demo account. */
    public long account(String username, String organisationName, boolean ageing, String... roles) {
        return SystemActor.call(() -> {
            Long organisationId = organisationName == null ? null : organisationId(organisationName);
            long id = accounts.create(new NewAccount(username, "测试用户", organisationId, DEMO_PASSWORD, ageing));
            if (roles.length > 0) {
                accounts.assignRoles(id, accounts.get(id).version(), Set.of(roles), -1L);
            }
            return id;
        }, "system:account:view", "system:account:create", "system:account:assign-role");
    }

    public long organisationId(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no organisation " + name));
    }
}
