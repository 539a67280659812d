package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.park.FiguresDetails;
import cn.jilin.laborbrand.registry.park.IndustrialParkService;
import cn.jilin.laborbrand.registry.park.ParkDetails;
import cn.jilin.laborbrand.registry.park.ParkFiguresService;
import cn.jilin.laborbrand.registry.standard.BrandStandardService;
import cn.jilin.laborbrand.registry.standard.StandardDetails;
import cn.jilin.laborbrand.registry.standard.StandardKind;
import cn.jilin.laborbrand.registry.standard.StandardStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo parks (二(三)3) in 长春, 辽源, 吉林市 and 延边 with their brands, enterprises and some years' figures (长春's
 * auto-parts park lacks last year's, so the 长春 officer's work list asks for them), and the standards register
 * (二(二)3): group, industry and local standards, one withdrawn, and an association's credit commitment system.
 * Through the services, marked as demo data. Idempotent: a park or standard of the same name is left as it is.
 */
@Component
@Profile("demo")
@Order(35)
class DemoParksStandards implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "park:view", "park:manage", "standard:view", "standard:manage",
            "brand:view", "organisation:view"};
    private static final DataScope PROVINCE = DataScope.province();

    record DemoPark(String name, String region, String positioning, List<String> brands, List<String> enterprises, List<Integer> years) {
    }

    record DemoStandard(StandardKind kind, String title, String number, String body, List<String> brands, LocalDate issuedOn,
                        LocalDate effectiveFrom, LocalDate withdrawnOn) {
    }

    static final List<DemoPark> PARKS = List.of(
            new DemoPark("长春汽车零部件劳务品牌产业园", "220100", "围绕整车装调和零部件制造，集聚装调、维修、焊接上下游企业，配套实训基地和职工公寓",
                    List.of("吉林汽车精工"), List.of("吉林汽车精工装备制造有限公司"), List.of(2023, 2024)),
            new DemoPark("长春康养护理劳务品牌产业园", "220100", "医疗护理员培训、派遣与康养服务一体化，盘活闲置商务楼宇",
                    List.of("吉林护工"), List.of("长春康护护理服务有限公司"), List.of(2024, 2025)),
            new DemoPark("辽源东辽袜业劳务品牌产业园", "220422", "袜业织造、定型、包装全链条，利用闲置厂房设置扶贫车间",
                    List.of("辽源织袜工"), List.of("辽源市东辽织袜产业有限公司"), List.of(2024, 2025)),
            new DemoPark("吉林市稻米农技服务产业园", "220200", "水稻育秧、农机作业和稻米加工服务，组织农技工跨区作业",
                    List.of("吉林大米农技工"), List.of("吉林市稻香农业科技有限公司"), List.of(2025)),
            new DemoPark("延边朝鲜族特色食品劳务品牌产业园", "222400", "泡菜加工、食用菌生产与特色食品物流，吸纳当地妇女就业",
                    List.of("延边泡菜工", "长白山菌类园艺工"), List.of("延吉市朝鲜族泡菜食品有限公司", "敦化市长白山菌业发展有限公司"), List.of(2024)));

    static final List<DemoStandard> STANDARDS = List.of(
            new DemoStandard(StandardKind.GROUP, "辽源织袜工服务规范", "T/LYWY 001—2024", "辽源市袜业协会", List.of("辽源织袜工"),
                    LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 1), null),
            new DemoStandard(StandardKind.GROUP, "延边泡菜制作工技能评价规范", "T/YBSP 002—2023", "延边州食品工业协会", List.of("延边泡菜工"),
                    LocalDate.of(2023, 8, 1), LocalDate.of(2023, 9, 1), null),
            new DemoStandard(StandardKind.LOCAL, "医疗护理员服务质量规范", "DB22/T 3521—2023", "吉林省市场监督管理局", List.of("吉林护工"),
                    LocalDate.of(2023, 3, 15), LocalDate.of(2023, 4, 15), null),
            new DemoStandard(StandardKind.INDUSTRY, "汽车装调工职业技能评价规范（试行）", "T/JLQG 003—2022", "吉林省汽车工业协会",
                    List.of("吉林汽车精工"), LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 1), LocalDate.of(2024, 12, 31)),
            new DemoStandard(StandardKind.CREDIT_COMMITMENT, "吉林省家庭服务业协会会员诚信承诺制度", null, "吉林省家庭服务业协会",
                    List.of("吉林护工"), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10), null));

    private final IndustrialParkService parks;
    private final ParkFiguresService figures;
    private final BrandStandardService standards;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final DemoRecords demo;

    DemoParksStandards(IndustrialParkService parks, ParkFiguresService figures, BrandStandardService standards, BrandService brands,
                       OrganisationService organisations, DemoRecords demo) {
        this.parks = parks;
        this.figures = figures;
        this.standards = standards;
        this.brands = brands;
        this.organisations = organisations;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.call(() -> {
            PARKS.forEach(this::park);
            STANDARDS.forEach(this::standard);
            return null;
        }, AUTHORITIES);
    }

    private void park(DemoPark p) {
        if (parks.idByName(p.name(), PROVINCE).isPresent()) {
            return;
        }
        Set<Long> brandIds = p.brands().stream().map(this::brandId).collect(Collectors.toSet());
        Set<Long> enterpriseIds = p.enterprises().stream().map(this::organisationId).collect(Collectors.toSet());
        long id = parks.create(new ParkDetails(p.name(), p.region(), p.positioning(), brandIds, enterpriseIds), PROVINCE);
        demo.mark("industrial_park", id);
        int n = 0;
        for (int year : p.years()) {
            n++;
            long row = figures.record(id, new FiguresDetails(year, new BigDecimal(80 + 25 * n), new BigDecimal(12000 + 6500 * n),
                    new BigDecimal(1_800_000 + 950_000L * n).setScale(2), 2 + n, 600 + 180 * n), PROVINCE);
            demo.mark("industrial_park_figures", row);
        }
    }

    private void standard(DemoStandard s) {
        if (standards.idByTitle(s.title(), PROVINCE).isPresent()) {
            return;
        }
        Set<Long> brandIds = s.brands().stream().map(this::brandId).collect(Collectors.toSet());
        StandardStatus status = s.withdrawnOn() == null ? StandardStatus.IN_FORCE : StandardStatus.WITHDRAWN;
        demo.mark("brand_standard", standards.create(new StandardDetails(s.kind(), s.title(), s.number(), s.body(), brandIds, s.issuedOn(),
                s.effectiveFrom(), status, s.withdrawnOn()), PROVINCE));
    }

    private long brandId(String name) {
        return brands.search(new BrandFilter(null, null, null, null, name), PROVINCE, PageRequest.of(0, 20)).stream()
                .filter(b -> b.getName().equals(name)).map(LaborBrand::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo brand " + name + " is missing"));
    }

    private long organisationId(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo organisation " + name + " is missing"));
    }
}
