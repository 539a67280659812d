package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts (profile {@code demo}, on by default with the embedded database, refused with {@code prod}). All
 * share the published password {@value #PASSWORD}, which never ages. Idempotent: what exists is left alone.
 * Later modules add their demo records in their own runners, ordered after this one.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Jilin#Brand2025";
    static final String HRSS = "吉林省人力资源和社会保障厅";
    static final String INSTITUTION = "长春市劳务品牌职业技能培训学校";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String username, String displayName, String organisation, String role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("sysadmin", "系统管理员", HRSS, RoleCode.SYSTEM_ADMIN),
            new DemoAccount("secadmin", "安全保密管理员", HRSS, RoleCode.SECURITY_ADMIN),
            new DemoAccount("auditor", "安全审计员", HRSS, RoleCode.AUDIT_ADMIN),
            new DemoAccount("hrss.reviewer", "赵立新", HRSS, RoleCode.PROVINCE_REVIEWER),
            new DemoAccount("hrss.director", "孙建国", HRSS, RoleCode.PROVINCE_MANAGER),
            // HRSS carries tasks of the plan too; its officer reports on them, and another person reviews (four eyes)
            new DemoAccount("hrss.tasks", "何文静", HRSS, RoleCode.DEPARTMENT_OFFICER),
            new DemoAccount("changchun.officer", "刘洋", "长春市人力资源和社会保障局", RoleCode.CITY_OFFICER),
            new DemoAccount("liaoyuan.officer", "陈静", "辽源市人力资源和社会保障局", RoleCode.CITY_OFFICER),
            new DemoAccount("yanbian.officer", "金哲浩", "延边朝鲜族自治州人力资源和社会保障局", RoleCode.CITY_OFFICER),
            // a county bureau: carries a task of 长春's 推进落实方案 and reports on it to the city
            new DemoAccount("nongan.officer", "李春燕", "长春市农安县人力资源和社会保障局", RoleCode.CITY_OFFICER),
            new DemoAccount("dept.finance", "周婷", "吉林省财政厅", RoleCode.DEPARTMENT_OFFICER),
            new DemoAccount("dept.education", "吴磊", "吉林省教育厅", RoleCode.DEPARTMENT_OFFICER),
            new DemoAccount("dept.commerce", "郑凯", "吉林省商务厅", RoleCode.DEPARTMENT_OFFICER),
            new DemoAccount("expert.li", "李明哲", null, RoleCode.EXPERT),
            new DemoAccount("expert.wang", "王秀兰", null, RoleCode.EXPERT),
            new DemoAccount("expert.zhao", "赵宏伟", null, RoleCode.EXPERT),
            new DemoAccount("expert.chen", "陈玉洁", null, RoleCode.EXPERT),
            new DemoAccount("inst.changchun", "郑晓燕", INSTITUTION, RoleCode.INSTITUTION));

    private final AccountService accounts;
    private final AccountAdminService administration;
    private final OrganisationService organisations;

    DemoData(AccountService accounts, AccountAdminService administration, OrganisationService organisations) {
        this.accounts = accounts;
        this.administration = administration;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            ensureInstitution();
            ACCOUNTS.forEach(this::ensure);
        }, "system:account:view", "system:account:create", "system:account:assign-role", "organisation:register");
    }

    private void ensureInstitution() {
        if (organisationId(INSTITUTION) == null) {
            // 52: a private non-enterprise unit registered with civil affairs; the organisation code is made up
            String body = "52220102MJY00001" + "3";
            organisations.register(new NewOrganisation(INSTITUTION, OrganisationKind.INSTITUTION, "220102",
                    body + CreditCode.checkCharacter(body), "长春市南关区人民大街（演示数据）"), DataScope.province());
        }
    }

    private void ensure(DemoAccount demo) {
        if (accounts.findByUsername(demo.username()).isPresent()) {
            return;
        }
        Long organisationId = demo.organisation() == null ? null : organisationId(demo.organisation());
        long id = accounts.create(new NewAccount(demo.username(), demo.displayName(), organisationId, PASSWORD, false));
        administration.assignRoles(id, accounts.get(id).version(), Set.of(demo.role()));
        log.info("Demo account {} ({}) created", demo.username(), demo.role());
    }

    private Long organisationId(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id).findFirst().orElse(null);
    }
}
