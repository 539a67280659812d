package cn.jilin.laborbrand.web.config;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first three accounts of a new production database, which has none (prod refuses demo data): when
 * {@code laborbrand.bootstrap.initial-password} is set and no account exists, the system, security and audit
 * administrators (三员) are opened with it, each forced to choose a password of their own at the first sign-in.
 * Once any account exists this does nothing, so the property can be removed after the first start.
 */
@Component
class InitialAdministrators implements ApplicationRunner {

    static final String PROVINCIAL_HRSS = "吉林省人力资源和社会保障厅";
    static final List<String[]> ADMINISTRATORS = List.of(
            new String[]{"sysadmin", "系统管理员", RoleCode.SYSTEM_ADMIN},
            new String[]{"secadmin", "安全保密管理员", RoleCode.SECURITY_ADMIN},
            new String[]{"auditor", "安全审计员", RoleCode.AUDIT_ADMIN});

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrators.class);

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final String initialPassword;

    InitialAdministrators(AccountService accounts, OrganisationService organisations,
                          @Value("${laborbrand.bootstrap.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (initialPassword.isBlank()) {
            return;
        }
        SystemActor.run(() -> {
            if (accounts.anyAccountExists()) {
                return;
            }
            Long hrss = organisations.choices().stream().filter(o -> o.name().equals(PROVINCIAL_HRSS))
                    .map(OrganisationChoice::id).findFirst().orElseThrow();
            for (String[] admin : ADMINISTRATORS) {
                long id = accounts.create(new NewAccount(admin[0], admin[1], hrss, initialPassword, true));
                accounts.assignRoles(id, accounts.get(id).version(), Set.of(admin[2]), -1L);
            }
            log.info("Opened the three administrators (sysadmin, secadmin, auditor); each must change the initial password");
        }, "system:account:view", "system:account:create", "system:account:assign-role");
    }
}
