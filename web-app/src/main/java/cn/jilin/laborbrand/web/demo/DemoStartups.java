package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.incubator.IncubatorDetails;
import cn.jilin.laborbrand.training.incubator.IncubatorFilter;
import cn.jilin.laborbrand.training.incubator.IncubatorKind;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import cn.jilin.laborbrand.training.startup.StartupDetails;
import cn.jilin.laborbrand.training.startup.StartupFilter;
import cn.jilin.laborbrand.training.startup.StartupService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 二(三)1 for the demo: incubation carriers in 长春, 东丰 (辽源), 延吉 and 吉林市, and start-ups of brand workers in them
 * and beside them; one loan of 长春 ends within 60 days and 东丰's park lacks its year of recognition, so both show on the
 * work lists; one of 长春 has run a little over a year, for the one-off start-up subsidy. Through the modules' services, marked as demo data. Idempotent: a carrier or start-up of the same name in
 * its region is left as it is.
 */
@Component
@Profile("demo")
@Order(70)
class DemoStartups implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "startup:view", "startup:manage", "brand:view", "organisation:view",
            "organisation:register"};
    private static final DataScope PROVINCE = DataScope.province();

    private final StartupService startups;
    private final IncubatorService incubators;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final DemoRecords demo;
    private final Clock clock;

    DemoStartups(StartupService startups, IncubatorService incubators, BrandService brands, OrganisationService organisations, DemoRecords demo,
                 Clock clock) {
        this.startups = startups;
        this.incubators = incubators;
        this.brands = brands;
        this.organisations = organisations;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::provision, AUTHORITIES);
    }

    private void provision() {
        Map<String, Long> brandIds = brands.choices().stream().collect(Collectors.toMap(BrandName::name, BrandName::id, (a, b) -> a));
        long changchun = incubator(IncubatorKind.INCUBATION_BASE, "长春新区劳务品牌创业孵化基地", "220100",
                operator("长春新区创业服务有限公司", "220100", 1), "3200", true, "入驻前两年免收租金", true, true, 2023);
        long dongfeng = incubator(IncubatorKind.RETURNEE_PARK, "东丰县返乡入乡创业园", "220421",
                operator("东丰县梅花鹿产业发展有限公司", "220421", 2), "1800.5", true, "首年免租，第二年减半", false, true, null);
        long yanji = incubator(IncubatorKind.RURAL_TRAINING_BASE, "延吉市农村创新创业孵化实训基地", "222401",
                operator("延吉市农业创业服务中心有限公司", "222401", 3), "950", false, null, true, false, null);
        incubator(IncubatorKind.DEMONSTRATION_BASE, "吉林市双创示范基地", "220200",
                operator("吉林市双创产业园运营有限公司", "220200", 4), "5000", false, null, false, false, null);

        LocalDate today = LocalDate.now(clock);
        Long auto = brandIds.get("吉林汽车精工");
        Long socks = brandIds.get("辽源织袜工");
        Long deer = brandIds.get("东丰梅花鹿养殖工");
        Long kimchi = brandIds.get("延边泡菜工");
        if (auto != null) {
            // granted 23 months ago for 24 months: ends within 60 days
            startup(new StartupDetails("长春精工汽车维修服务中心", "220100", auto, LocalDate.of(2023, 5, 18), 14, "王建军", id("220102", 1),
                    "13804310001", true, LocalDate.of(2023, 3, 10), "吉林银行长春分行", new BigDecimal("300000.00"), today.minusMonths(23), 24,
                    new BigDecimal("12600.00"), new BigDecimal("8500.00"), changchun));
            // running a year and a few months: the one-off start-up subsidy is claimed for its founder (DemoStartupClaims)
            startup(new StartupDetails(DemoStartupClaims.RECENT, "220102", auto, today.minusMonths(14), 4, "马晓东", id("220102", 6),
                    "13804310006", true, today.minusMonths(16), null, null, null, null, null, null, changchun));
            startup(new StartupDetails("长春汽车线束加工厂", "220100", auto, LocalDate.of(2024, 9, 2), 26, "刘秀梅", id("220104", 2),
                    "13804310002", false, null, null, null, null, null, null, new BigDecimal("15200.00"), changchun));
        }
        if (deer != null) {
            startup(new StartupDetails("东丰鹿乡养殖合作社", "220421", deer, LocalDate.of(2022, 11, 8), 9, "孙德福", id("220421", 3),
                    "13904370003", true, LocalDate.of(2022, 8, 15), "吉林东丰农村商业银行", new BigDecimal("200000.00"), LocalDate.of(2023, 1, 10), 36,
                    new BigDecimal("9800.00"), null, dongfeng));
        }
        if (socks != null) {
            startup(new StartupDetails("辽源巧手袜业工作坊", "220400", socks, LocalDate.of(2024, 4, 20), 11, "赵丽华", id("220402", 4),
                    null, true, LocalDate.of(2024, 1, 12), null, null, null, null, null, new BigDecimal("3600.00"), dongfeng));
        }
        if (kimchi != null) {
            startup(new StartupDetails("延吉阿妈妮泡菜坊", "222401", kimchi, LocalDate.of(2023, 7, 1), 7, "金英淑", id("222401", 5),
                    "13904330005", true, LocalDate.of(2023, 4, 6), "延边农村商业银行", new BigDecimal("150000.00"), LocalDate.of(2023, 8, 1), 24,
                    new BigDecimal("5400.00"), new BigDecimal("2100.00"), yanji));
        }
    }

    private long incubator(IncubatorKind kind, String name, String region, long operatorId, String space, boolean rentWaived, String note,
                           boolean utilities, boolean excellent, Integer year) {
        var found = incubators.search(new IncubatorFilter(null, List.of(region), name), PROVINCE, PageRequest.of(0, 50)).stream()
                .filter(i -> i.getName().equals(name)).findFirst();
        if (found.isPresent()) {
            return found.get().getId();
        }
        long id = incubators.register(new IncubatorDetails(kind, name, region, operatorId, new BigDecimal(space), rentWaived, note, utilities,
                excellent, year), PROVINCE);
        demo.mark("incubator", id);
        return id;
    }

    private void startup(StartupDetails details) {
        boolean exists = startups.search(new StartupFilter(List.of(details.regionCode()), null, null, details.name()), PROVINCE, PageRequest.of(0, 50))
                .stream().anyMatch(s -> s.name().equals(details.name()));
        if (!exists) {
            demo.mark("startup", startups.register(details, PROVINCE));
        }
    }

    private long operator(String name, String region, int n) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id).findFirst().orElseGet(() -> {
            // 91: an enterprise; the organisation codes are made up
            String body = "91" + region + "MQC" + String.format("%05d", 70 + n) + "X";
            return organisations.register(new NewOrganisation(name, OrganisationKind.ENTERPRISE, region, body + CreditCode.checkCharacter(body),
                    "（演示数据）"), PROVINCE);
        });
    }

    /** A made-up, valid resident ID of someone born in 1985 in {@code region}. */
    private static String id(String region, int n) {
        String body = region + "1985" + String.format("%02d", n) + "1" + n + String.format("%03d", 100 + n);
        return body + ResidentId.checkCharacter(body);
    }
}
