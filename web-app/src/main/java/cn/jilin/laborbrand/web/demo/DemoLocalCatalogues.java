package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.catalog.CatalogOwner;
import cn.jilin.laborbrand.registry.catalog.DevelopmentPlanDetails;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.catalog.LocalCatalogueService;
import cn.jilin.laborbrand.registry.catalog.ProjectDetails;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo local catalogues (二(一)1, 二(一)3): 长春's and 延边's own resource libraries (their brands — 吉林汽车精工 also in the
 * province's catalogue — and key projects), a key project of the province's, and both cities' development plans for
 * their brands; 吉林市 and the others have none yet, which the roll-up shows. Made by each city's own office through the
 * services, marked as demo data. Idempotent: a city whose catalogue holds anything is left as it is.
 */
@Component
@Profile("demo")
@Order(36)
class DemoLocalCatalogues implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "brand:view", "catalog:manage"};

    record DemoCity(String code, List<String> brands, List<ProjectDetails> projects, String planTitle, String planIssuer,
                    LocalDate issuedOn, String summary) {
    }

    static final List<DemoCity> CITIES = List.of(
            new DemoCity("220100", List.of("吉林汽车精工", "吉林护工"), List.of(
                    new ProjectDetails("长春汽车产业工人技能提升工程", "220100", "面向一汽及配套企业，三年培训汽车装调工、维修工和焊工 6000 人次，"
                            + "推行“企业新型学徒制”，培训合格者纳入吉林汽车精工品牌人才库。", "长春市人力资源和社会保障局", null, 2025),
                    new ProjectDetails("长春医疗护理员规范化培训与派遣平台", "220100", "依托市内三甲医院和康养机构建设护理员培训与派遣平台，"
                            + "统一服务标准和持证上岗，带动城乡妇女就业。", "长春市卫生健康委员会", null, 2025)),
                    "长春市劳务品牌发展规划（2025—2027年）", "长春市人力资源和社会保障局", LocalDate.of(2025, 3, 18),
                    "做大做强“吉林汽车精工”“吉林护工”两个国家级、省级劳务品牌，培育汽车后市场、康养服务类新品牌；建设两个品牌产业园和一批培训基地。"),
            new DemoCity("222400", List.of("延边泡菜工", "汪清快递物流员"), List.of(
                    new ProjectDetails("延边朝鲜族特色食品工匠培育计划", "222401", "以泡菜制作工、米肠制作工为重点，组织专项职业能力考核，"
                            + "支持龙头企业建设技能大师工作室。", "延边州食品工业协会", null, 2025)),
                    "延边州劳务品牌建设方案（2024—2026年）", "延边朝鲜族自治州人力资源和社会保障局", LocalDate.of(2024, 6, 5),
                    "聚焦特色食品加工和快递物流，打造技能型和民生保障型劳务品牌，优先吸纳脱贫人口和搬迁群众就业。"));

    private static final ProjectDetails PROVINCE_PROJECT = new ProjectDetails("吉林省劳务品牌从业人员职业技能提升行动", "220000",
            "围绕指导目录内的品牌，统筹补贴性培训资金，每年培训品牌从业人员 2 万人次以上，推动“培训—评价—就业”一体化。",
            "吉林省人力资源和社会保障厅", null, 2025);

    private final GuidanceCatalogService catalog;
    private final LocalCatalogueService local;
    private final BrandService brands;
    private final RegionService regions;
    private final DemoRecords demo;

    DemoLocalCatalogues(GuidanceCatalogService catalog, LocalCatalogueService local, BrandService brands, RegionService regions,
                        DemoRecords demo) {
        this.catalog = catalog;
        this.local = local;
        this.brands = brands;
        this.regions = regions;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.call(() -> {
            CITIES.forEach(this::city);
            if (local.projects(CatalogOwner.province(), null, DataScope.province(), PageRequest.of(0, 1))
                    .isEmpty()) {
                demo.mark("catalog_project", local.addProject(PROVINCE_PROJECT, DataScope.province()));
            }
            return null;
        }, AUTHORITIES);
    }

    private void city(DemoCity c) {
        DataScope office = DataScope.region(c.code(), regions.coveredCodes(c.code()));
        if (local.city(c.code(), office).brands() > 0) {
            return;
        }
        List<Long> brandIds = c.brands().stream().map(this::brandId).toList();
        for (long brand : brandIds) {
            demo.mark("catalog_entry", catalog.add(brand, 2025, "本地区重点劳务品牌：从业人员规模大、技能特色鲜明，列入本市（州）资源库", office));
        }
        for (ProjectDetails project : c.projects()) {
            demo.mark("catalog_project", local.addProject(project, office));
        }
        demo.mark("brand_development_plan", local.addPlan(new DevelopmentPlanDetails(c.planTitle(), c.planIssuer(), c.issuedOn(),
                c.issuedOn().getYear(), c.issuedOn().getYear() + 2, c.summary(), brandIds), office));
    }

    private long brandId(String name) {
        return brands.search(new BrandFilter(null, null, null, null, name), DataScope.province(), PageRequest.of(0, 20)).stream()
                .filter(b -> b.getName().equals(name)).map(LaborBrand::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo brand " + name + " is missing"));
    }
}
