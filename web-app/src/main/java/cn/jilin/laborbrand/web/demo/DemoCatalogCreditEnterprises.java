package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.alliance.AllianceBasis;
import cn.jilin.laborbrand.registry.alliance.AllianceDetails;
import cn.jilin.laborbrand.registry.alliance.AllianceMemberView;
import cn.jilin.laborbrand.registry.alliance.BrandAllianceService;
import cn.jilin.laborbrand.registry.alliance.MemberKind;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.catalog.CatalogEntry;
import cn.jilin.laborbrand.registry.catalog.CatalogFilter;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.catalog.ReviewOutcome;
import cn.jilin.laborbrand.registry.catalog.SupportKind;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import cn.jilin.laborbrand.registry.credit.EvaluationDetails;
import cn.jilin.laborbrand.registry.credit.PledgeDetails;
import cn.jilin.laborbrand.registry.credit.ViolationDetails;
import cn.jilin.laborbrand.registry.credit.ViolationSeverity;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseService;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseView;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.registry.mark.PatentType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo records of the catalogue, credit, leading enterprises, alliances and marks (二(一)3, 二(二)3, 二(三)2), on the
 * demo brands: a catalogue for 2025 with most designated brands (one removed with a reason, some still to be reviewed
 * this year), pledges, evaluations (at least one C and one D) and violations, leading enterprises with valid credit
 * codes, two alliances and a few trademarks and a patent. Enterprises, codes, numbers, ratings and decisions are made
 * up: every record carries the demo flag (shown as a badge), and the made-up organisations say so in their address.
 * Idempotent: each part is skipped when it exists.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCatalogCreditEnterprises implements ApplicationRunner {

    private static final DataScope PROVINCE = DataScope.province();
    private static final String DEMO = "（演示数据）";

    /** An organisation made up for the demo: its organisation code is invented, its check character computed. */
    record DemoOrganisation(String name, OrganisationKind kind, String region, String registrationPrefix, String code) {
        String creditCode() {
            String body = registrationPrefix + region + code;
            return body + CreditCode.checkCharacter(body);
        }
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("辽源市东辽织袜产业有限公司", OrganisationKind.ENTERPRISE, "220422", "91", "MA7X00011"),
            new DemoOrganisation("吉林汽车精工装备制造有限公司", OrganisationKind.ENTERPRISE, "220104", "91", "MA7X00022"),
            new DemoOrganisation("长春汽车维修技工服务有限公司", OrganisationKind.ENTERPRISE, "220102", "91", "MA7X00033"),
            new DemoOrganisation("吉林市稻香农业科技有限公司", OrganisationKind.ENTERPRISE, "220203", "91", "MA7X00044"),
            new DemoOrganisation("敦化市长白山菌业发展有限公司", OrganisationKind.ENTERPRISE, "222403", "91", "MA7X00055"),
            new DemoOrganisation("延吉市朝鲜族泡菜食品有限公司", OrganisationKind.ENTERPRISE, "222401", "91", "MA7X00066"),
            new DemoOrganisation("长春康护护理服务有限公司", OrganisationKind.ENTERPRISE, "220102", "91", "MA7X00077"),
            new DemoOrganisation("汪清县快递物流服务有限公司", OrganisationKind.ENTERPRISE, "222424", "91", "MA7X00088"),
            new DemoOrganisation("吉林省人力资源服务产业园运营有限公司", OrganisationKind.ENTERPRISE, "220104", "91", "MA7X00099"),
            new DemoOrganisation("长春新区创业孵化基地运营有限公司", OrganisationKind.ENTERPRISE, "220100", "91", "MA7X00101"),
            new DemoOrganisation("辽源市袜业职业技能培训学校", OrganisationKind.INSTITUTION, "220402", "52", "MJY000021"),
            new DemoOrganisation("吉林省劳务品牌发展咨询服务中心", OrganisationKind.INSTITUTION, "220102", "52", "MJY000032"));

    record DemoLink(String enterprise, String brand, String note) {
    }

    static final List<DemoLink> LINKS = List.of(
            new DemoLink("辽源市东辽织袜产业有限公司", "辽源织袜工", "袜业加工订单带动织袜工就业约 3,000 人，自办车间实训"),
            new DemoLink("吉林汽车精工装备制造有限公司", "吉林汽车精工", "整车零部件装调订单，年吸纳汽车装调工约 1,200 人"),
            new DemoLink("长春汽车维修技工服务有限公司", "吉林汽车精工", "汽车维修连锁门店 40 家，承担维修工岗位培训"),
            new DemoLink("吉林市稻香农业科技有限公司", "吉林大米农技工", "水稻育秧与田间管理服务，组织农技工跨省作业"),
            new DemoLink("敦化市长白山菌业发展有限公司", "长白山菌类园艺工", "黑木耳菌包生产与技术输出"),
            new DemoLink("延吉市朝鲜族泡菜食品有限公司", "延边泡菜工", "泡菜加工车间吸纳当地妇女就业"),
            new DemoLink("长春康护护理服务有限公司", "吉林护工", "医院陪护派遣，护理员岗前培训"),
            new DemoLink("汪清县快递物流服务有限公司", "汪清快递物流员", "县乡快递末端配送"));

    /** The 2025 catalogue: most designated demo brands and two the plan sets out to build. */
    static final List<String> CATALOGUE_2025 = List.of("吉林大米农技工", "长白山菌类园艺工", "辽源织袜工", "延边泡菜工", "长白山人参工",
            "梨树黑土地农技工", "松花石雕刻工", "东丰梅花鹿养殖工", "集安葡萄酒酿造工", "查干湖渔猎工", "梅河口家政服务员",
            "吉林汽车精工", "吉林医药技工");
    /** Reviewed (and kept) this year; the others are still due. */
    static final List<String> REVIEWED = List.of("吉林大米农技工", "长白山菌类园艺工", "辽源织袜工", "长白山人参工", "梨树黑土地农技工");
    static final String REMOVED = "集安葡萄酒酿造工";

    private final OrganisationService organisations;
    private final BrandService brands;
    private final GuidanceCatalogService catalog;
    private final CreditService credit;
    private final LeadingEnterpriseService enterprises;
    private final BrandAllianceService alliances;
    private final BrandMarkService marks;
    private final DemoRecords demo;

    DemoCatalogCreditEnterprises(OrganisationService organisations, BrandService brands, GuidanceCatalogService catalog,
                                 CreditService credit, LeadingEnterpriseService enterprises, BrandAllianceService alliances,
                                 BrandMarkService marks, DemoRecords demo) {
        this.demo = demo;
        this.organisations = organisations;
        this.brands = brands;
        this.catalog = catalog;
        this.credit = credit;
        this.enterprises = enterprises;
        this.alliances = alliances;
        this.marks = marks;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            ORGANISATIONS.forEach(this::ensureOrganisation);
            LINKS.forEach(this::ensureLink);
            catalogue();
            creditRecords();
            alliances();
            marks();
        }, "brand:view", "brand:edit", "organisation:view", "organisation:register", "catalog:manage", "credit:manage",
                "enterprise:manage", "alliance:manage", "demo:provision");
    }

    private void ensureOrganisation(DemoOrganisation o) {
        if (organisationId(o.name()) == null) {
            organisations.register(new NewOrganisation(o.name(), o.kind(), o.region(), o.creditCode(), "演示地址" + DEMO), PROVINCE);
        }
    }

    private void ensureLink(DemoLink link) {
        long brandId = brandId(link.brand());
        long organisationId = organisationId(link.enterprise());
        boolean linked = enterprises.ofBrand(brandId, PROVINCE).stream().map(LeadingEnterpriseView::organisationId)
                .anyMatch(id -> id == organisationId);
        if (!linked) {
            demo.mark("leading_enterprise", enterprises.link(brandId, organisationId, link.note(), PROVINCE));
        }
    }

    private void catalogue() {
        if (catalog.search(CatalogFilter.none(), PROVINCE, PageRequest.of(0, 1)).getTotalElements() > 0) {
            return;
        }
        for (String name : CATALOGUE_2025) {
            LaborBrand brand = brands.get(brandId(name), PROVINCE);
            long id = catalog.add(brand.getId(), 2025, String.format("2025 年度重点劳务品牌：从业人员约 %,d 人，技能特色鲜明，带动就业明显", brand.getWorkforceSize()), PROVINCE);
            demo.mark("catalog_entry", id);
        }
        int year = catalog.currentYear();
        for (String name : REVIEWED) {
            CatalogEntry entry = entryOf(name);
            if (entry.isDueForReview(year)) {
                catalog.review(entry.getId(), entry.getVersion(), ReviewOutcome.KEEP,
                        "经复核，从业规模稳定，继续保留在指导目录中", PROVINCE);
            }
        }
        CatalogEntry removed = entryOf(REMOVED);
        catalog.remove(removed.getId(), removed.getVersion(), "从业人员规模连续两年下降，带动就业作用减弱，移出指导目录", PROVINCE);
        support("吉林汽车精工", "长春市劳务品牌职业技能培训学校", SupportKind.TRAINING, "汽车装调工、维修工定向培训");
        support("吉林汽车精工", "长春新区创业孵化基地运营有限公司", SupportKind.INCUBATION, "为汽车后市场创业团队提供孵化场地");
        support("辽源织袜工", "辽源市袜业职业技能培训学校", SupportKind.TRAINING, "织袜工专项职业能力培训");
        support("辽源织袜工", "吉林省人力资源服务产业园运营有限公司", SupportKind.EMPLOYMENT_SERVICE, "跨省用工信息对接");
        support("吉林大米农技工", "吉林省劳务品牌发展咨询服务中心", SupportKind.CONSULTING, "品牌规划与标准制定咨询");
    }

    private void support(String brand, String organisation, SupportKind kind, String note) {
        catalog.attachSupport(entryOf(brand).getId(), organisationId(organisation), kind, note, PROVINCE);
    }

    private void creditRecords() {
        if (!credit.record(brandId("辽源织袜工"), PROVINCE).evaluations().isEmpty()) {
            return;
        }
        String evaluator = "吉林省劳务品牌诚信评价工作组";
        pledge("吉林大米农技工", "吉林市稻香农业科技有限公司", "王德发", "总经理", LocalDate.of(2025, 3, 15));
        evaluate("吉林大米农技工", CreditRating.A, evaluator, LocalDate.of(2025, 6, 30), "承诺事项全部履行，无投诉，劳动合同签订率 100%");

        pledge("辽源织袜工", "辽源市东辽织袜产业有限公司", "李淑芬", "董事长", LocalDate.of(2024, 3, 20));
        evaluate("辽源织袜工", CreditRating.B, evaluator, LocalDate.of(2024, 6, 28), "个别车间工资发放延迟 3 日，已整改");
        evaluate("辽源织袜工", CreditRating.A, evaluator, LocalDate.of(2025, 6, 30), "整改到位，全年无投诉");

        pledge("吉林汽车精工", "吉林汽车精工装备制造有限公司", "张志强", "总经理", LocalDate.of(2025, 4, 8));
        evaluate("吉林汽车精工", CreditRating.B, evaluator, LocalDate.of(2025, 6, 30), "承诺事项基本履行，培训记录不完整");

        pledge("长白山菌类园艺工", "敦化市长白山菌业发展有限公司", "金光哲", "负责人", LocalDate.of(2025, 3, 28));
        evaluate("长白山菌类园艺工", CreditRating.A, evaluator, LocalDate.of(2025, 7, 10), "承诺事项全部履行");

        pledge("延边泡菜工", "延吉市朝鲜族泡菜食品有限公司", "朴英子", "总经理", LocalDate.of(2025, 4, 2));
        violation("延边泡菜工", LocalDate.of(2025, 5, 10), "抽查发现 2 名从业人员劳动合同未按时签订", ViolationSeverity.MINOR);
        evaluate("延边泡菜工", CreditRating.C, evaluator, LocalDate.of(2025, 7, 15), "存在劳动合同未按时签订问题，予以警示并限期整改");

        pledge("汪清快递物流员", "汪清县快递物流服务有限公司", "赵国庆", "经理", LocalDate.of(2024, 5, 6));
        evaluate("汪清快递物流员", CreditRating.B, evaluator, LocalDate.of(2024, 6, 30), "承诺事项基本履行");
        violation("汪清快递物流员", LocalDate.of(2025, 8, 20), "拖欠 46 名快递物流员工资，经劳动保障监察责令改正后逾期仍未支付",
                ViolationSeverity.GRAVE);
        evaluate("汪清快递物流员", CreditRating.D, evaluator, LocalDate.of(2025, 9, 12), "违反信用承诺，拖欠劳动报酬情节严重，评为严重失信");

        evaluate("吉林护工", CreditRating.B, evaluator, LocalDate.of(2025, 6, 30), "承诺事项基本履行，服务投诉 2 起已妥善处理");
    }

    private void pledge(String brand, String organisation, String signatory, String title, LocalDate signedOn) {
        long id = credit.signPledge(brandId(brand), new PledgeDetails(organisationId(organisation), signatory, title, signedOn,
                credit.currentPledgeText().getId()), PROVINCE);
        demo.mark("credit_pledge", id);
    }

    private void evaluate(String brand, CreditRating rating, String evaluator, LocalDate on, String basis) {
        demo.mark("credit_evaluation", credit.evaluate(brandId(brand), new EvaluationDetails(rating, evaluator, on, basis), PROVINCE));
    }

    private void violation(String brand, LocalDate on, String description, ViolationSeverity severity) {
        demo.mark("credit_violation", credit.recordViolation(brandId(brand), new ViolationDetails(on, description, severity), PROVINCE));
    }

    private void alliances() {
        alliance("吉林省制造业劳务品牌联盟", new AllianceDetails("吉林省制造业劳务品牌联盟", AllianceBasis.TRADE, IndustrySection.C, null,
                        LocalDate.of(2024, 5, 20), "依据实施方案二（三）2，由吉林汽车精工装备制造有限公司牵头，制造业劳务品牌及其龙头企业签订联盟协议，"
                        + "共享培训资源和用工信息"),
                List.of("吉林汽车精工", "辽源织袜工", "吉林医药技工", "延边泡菜工"),
                List.of("吉林汽车精工装备制造有限公司", "辽源市东辽织袜产业有限公司"), "吉林汽车精工装备制造有限公司");
        alliance("延边州劳务品牌联盟", new AllianceDetails("延边州劳务品牌联盟", AllianceBasis.REGION, null, "222400",
                        LocalDate.of(2024, 9, 10), "延边州人社局倡议，州内劳务品牌与龙头企业组建区域联盟，统一对外推介、共建实训基地"),
                List.of("长白山菌类园艺工", "延边泡菜工", "汪清快递物流员"),
                List.of("延吉市朝鲜族泡菜食品有限公司", "敦化市长白山菌业发展有限公司"), "延吉市朝鲜族泡菜食品有限公司");
    }

    private void alliance(String name, AllianceDetails details, List<String> brandNames, List<String> enterpriseNames, String lead) {
        if (alliances.idByName(name, PROVINCE).isPresent()) {
            return;
        }
        long id = alliances.create(details);
        demo.mark("brand_alliance", id);
        brandNames.forEach(b -> alliances.addBrand(id, brandId(b), details.foundedOn(), PROVINCE));
        enterpriseNames.forEach(e -> alliances.addEnterprise(id, organisationId(e), details.foundedOn(), PROVINCE));
        long leadOrganisation = organisationId(lead);
        alliances.members(id, PROVINCE).stream()
                .filter(m -> m.kind() == MemberKind.ENTERPRISE && m.refId() == leadOrganisation)
                .map(AllianceMemberView::id).findFirst().ifPresent(member -> alliances.makeLead(id, member, PROVINCE));
    }

    private void marks() {
        mark("辽源织袜工", new MarkDetails(MarkKind.TRADEMARK, "52345678", "辽源织袜工", 35, null, "辽源市东辽织袜产业有限公司",
                LocalDate.of(2021, 3, 10), LocalDate.of(2022, 4, 21), LocalDate.of(2032, 4, 20), MarkStatus.REGISTERED));
        mark("辽源织袜工", new MarkDetails(MarkKind.PATENT, "ZL202320456789.1", "一种织袜机自动翻袜装置", null, PatentType.UTILITY_MODEL,
                "辽源市东辽织袜产业有限公司", LocalDate.of(2023, 3, 2), LocalDate.of(2023, 9, 15), LocalDate.of(2033, 3, 1),
                MarkStatus.REGISTERED));
        mark("吉林大米农技工", new MarkDetails(MarkKind.TRADEMARK, "48765432", "吉林大米农技工", 41, null, "吉林市稻香农业科技有限公司",
                LocalDate.of(2020, 11, 5), LocalDate.of(2021, 12, 14), LocalDate.of(2031, 12, 13), MarkStatus.REGISTERED));
        mark("长白山菌类园艺工", new MarkDetails(MarkKind.TRADEMARK, "60123456", "长白山菌类园艺工", 35, null, "敦化市长白山菌业发展有限公司",
                LocalDate.of(2022, 8, 1), LocalDate.of(2023, 6, 7), LocalDate.of(2033, 6, 6), MarkStatus.REGISTERED));
        mark("吉林汽车精工", new MarkDetails(MarkKind.TRADEMARK, "71234567", "吉林汽车精工", 37, null, "吉林汽车精工装备制造有限公司",
                LocalDate.of(2025, 8, 18), null, null, MarkStatus.APPLIED));
    }

    private void mark(String brand, MarkDetails details) {
        long brandId = brandId(brand);
        boolean exists = marks.ofBrand(brandId, PROVINCE).stream()
                .anyMatch(m -> m.getKind() == details.kind() && m.getNumber().equals(details.number()));
        if (!exists) {
            demo.mark("brand_mark", marks.add(brandId, details, PROVINCE));
        }
    }

    private CatalogEntry entryOf(String brand) {
        return catalog.entriesOfBrand(brandId(brand), PROVINCE).stream().filter(e -> e.getOwner().isProvince()).findFirst().orElseThrow();
    }

    private long brandId(String name) {
        return brands.search(new BrandFilter(null, null, null, null, name), PROVINCE, PageRequest.of(0, 20)).stream()
                .filter(b -> b.getName().equals(name)).map(LaborBrand::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo brand " + name + " is missing"));
    }

    private Long organisationId(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id).findFirst().orElse(null);
    }
}
