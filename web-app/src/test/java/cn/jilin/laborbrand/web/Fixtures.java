package cn.jilin.laborbrand.web;

import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
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
    private final AccountAdminService administration;
    private final OrganisationService organisations;
    private final BrandService brands;

    public Fixtures(AccountService accounts, AccountAdminService administration, OrganisationService organisations, BrandService brands) {
        this.accounts = accounts;
        this.administration = administration;
        this.organisations = organisations;
        this.brands = brands;
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
                administration.assignRoles(id, accounts.get(id).version(), Set.of(roles));
            }
            return id;
        }, "system:account:view", "system:account:create", "system:account:assign-role");
    }

    /** A new brand of no level in a region, with a unique name. */
    public long brand(String namePrefix, String regionCode) {
        return brand(namePrefix, regionCode, BrandType.SKILL);
    }

    /** A fresh active brand of a type (a 民生保障型 one for the livelihood view, say), undesignated; returns its id. */
    public long brand(String namePrefix, String regionCode, BrandType type) {
        String name = namePrefix + "（测试" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 10000) + "）";
        return SystemActor.call(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, type,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 1000, new BigDecimal("50000000"), 200, 100, null, null, null,
                BrandStatus.ACTIVE), DataScope.province()), "brand:edit");
    }

    /** A fresh organisation of the directory in a region, with a unique name and credit code; returns its id. */
    public long organisation(String namePrefix, String regionCode, OrganisationKind kind) {
        int n = SEQUENCE.incrementAndGet();
        String name = namePrefix + "（测试" + n + "-" + (System.nanoTime() % 10000) + "）";
        String body = (kind == OrganisationKind.ENTERPRISE ? "91" : "52") + regionCode + "W" + String.format("%08d", (n * 10_000L + System.nanoTime() % 10_000)
                % 100_000_000);
        return SystemActor.call(() -> organisations.register(new NewOrganisation(name, kind, regionCode, body + CreditCode.checkCharacter(body), null),
                DataScope.province()), "organisation:view", "organisation:register");
    }

    public long organisationId(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no organisation " + name));
    }
}
