package cn.jilin.laborbrand.web.demo;

import static cn.jilin.laborbrand.registry.brand.BrandLevel.MUNICIPAL;
import static cn.jilin.laborbrand.registry.brand.BrandLevel.NATIONAL;
import static cn.jilin.laborbrand.registry.brand.BrandLevel.NONE;
import static cn.jilin.laborbrand.registry.brand.BrandLevel.PROVINCIAL;
import static cn.jilin.laborbrand.registry.brand.BrandMaturity.EMERGING;
import static cn.jilin.laborbrand.registry.brand.BrandMaturity.ESTABLISHED;
import static cn.jilin.laborbrand.registry.brand.BrandMaturity.UNNAMED;
import static cn.jilin.laborbrand.registry.brand.BrandScope.INDUSTRY;
import static cn.jilin.laborbrand.registry.brand.BrandScope.REGIONAL;
import static cn.jilin.laborbrand.registry.brand.BrandType.CULTURE_TOURISM;
import static cn.jilin.laborbrand.registry.brand.BrandType.LIVELIHOOD;
import static cn.jilin.laborbrand.registry.brand.BrandType.SERVICE;
import static cn.jilin.laborbrand.registry.brand.BrandType.SKILL;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo brands: those the plan names (二(一)2) and enough others that every prefecture-level unit has two. Names
 * and regions follow the plan and the places' known trades; every figure is made up and marked as demo data. Each is
 * registered through the brand service as the province would, with the level it already held recorded as such.
 */
@Component
@Profile("demo")
@Order(10)
class DemoBrands implements ApplicationRunner {

    private static final DataScope PROVINCE = DataScope.province();

    record DemoBrand(String name, String region, BrandScope scope, BrandType type, IndustrySection industry, String occupations,
                     BrandMaturity maturity, BrandLevel level, int workforce, long income, int trained, int certified,
                     String leader, String story) {
    }

    static final List<DemoBrand> BRANDS = List.of(
            // the three national brands the plan names
            new DemoBrand("吉林大米农技工", "220200", REGIONAL, SKILL, IndustrySection.A, "水稻种植工、农机驾驶操作员、农业技术员",
                    ESTABLISHED, NATIONAL, 68_000, 3_264_000_000L, 12_500, 8_300, "王德发",
                    "松花江畔的稻农把黑土地上的种植经验带到全国，吉林大米农技工以育秧、插秧、田间管理的好手艺闻名。"),
            new DemoBrand("长白山菌类园艺工", "222403", REGIONAL, SKILL, IndustrySection.A, "食用菌生产工、园艺工",
                    ESTABLISHED, NATIONAL, 42_000, 1_890_000_000L, 9_600, 6_100, "金光哲",
                    "长白山下的黑木耳、香菇种植户组织起来，输出菌类栽培技术和园艺工人。"),
            new DemoBrand("辽源织袜工", "220422", INDUSTRY, SKILL, IndustrySection.C, "织袜工、缝纫工、定型工",
                    ESTABLISHED, NATIONAL, 35_000, 1_575_000_000L, 8_200, 5_400, "李淑芬",
                    "资源枯竭城市转型中成长起来的袜业集群，织袜工从车间走向全国。"),
            // the brands the plan sets out to build
            new DemoBrand("吉林汽车精工", "220100", INDUSTRY, SKILL, IndustrySection.C, "汽车装调工、汽车维修工、焊工",
                    UNNAMED, NONE, 56_000, 4_480_000_000L, 15_000, 11_200, "张志强",
                    "依托汽车装备制造维修产业，培养一批技艺精湛的汽车产业工人。"),
            new DemoBrand("吉林医药技工", "220500", INDUSTRY, SKILL, IndustrySection.C, "药物制剂工、中药炮制工",
                    UNNAMED, NONE, 18_000, 1_080_000_000L, 4_300, 2_900, "赵春雨", null),
            new DemoBrand("吉林护工", "220100", INDUSTRY, SERVICE, IndustrySection.Q, "医疗护理员",
                    EMERGING, NONE, 12_000, 540_000_000L, 3_800, 2_100, null, null),
            new DemoBrand("吉林养老护理员", "220200", INDUSTRY, SERVICE, IndustrySection.Q, "养老护理员",
                    EMERGING, NONE, 8_500, 357_000_000L, 2_600, 1_500, null, null),
            new DemoBrand("长白山生态园艺工", "22X001", REGIONAL, CULTURE_TOURISM, IndustrySection.N, "园艺工、林业有害生物防治员",
                    EMERGING, NONE, 3_200, 128_000_000L, 900, 420, null, null),
            // others, two or more in every prefecture-level unit
            new DemoBrand("延边泡菜工", "222401", REGIONAL, SKILL, IndustrySection.C, "泡菜制作工、食品检验员",
                    ESTABLISHED, PROVINCIAL, 9_800, 421_400_000L, 2_400, 1_600, "朴英子", null),
            new DemoBrand("长白山人参工", "220621", REGIONAL, SKILL, IndustrySection.A, "人参种植工、中药材加工工",
                    ESTABLISHED, PROVINCIAL, 21_000, 1_155_000_000L, 5_100, 3_200, "孙宝山", null),
            new DemoBrand("松花石雕刻工", "220605", REGIONAL, CULTURE_TOURISM, IndustrySection.C, "工艺品雕刻工",
                    UNNAMED, MUNICIPAL, 2_600, 130_000_000L, 600, 310, null, null),
            new DemoBrand("东丰梅花鹿养殖工", "220421", REGIONAL, SKILL, IndustrySection.A, "家畜饲养员、鹿产品加工工",
                    UNNAMED, MUNICIPAL, 6_200, 248_000_000L, 1_400, 760, null, null),
            new DemoBrand("集安葡萄酒酿造工", "220582", REGIONAL, SKILL, IndustrySection.C, "酿酒师、果树种植工",
                    EMERGING, MUNICIPAL, 4_100, 172_200_000L, 950, 480, null, null),
            new DemoBrand("梨树黑土地农技工", "220322", REGIONAL, SKILL, IndustrySection.A, "农业技术员、农机驾驶操作员",
                    ESTABLISHED, PROVINCIAL, 15_000, 645_000_000L, 3_900, 2_300, null, null),
            new DemoBrand("伊通满族手工艺人", "220323", REGIONAL, CULTURE_TOURISM, IndustrySection.R, "剪纸工、刺绣工",
                    EMERGING, NONE, 1_800, 57_600_000L, 420, 150, null, null),
            new DemoBrand("查干湖渔猎工", "220721", REGIONAL, CULTURE_TOURISM, IndustrySection.A, "水产捕捞工、旅游服务员",
                    UNNAMED, MUNICIPAL, 3_500, 140_000_000L, 700, 260, null, null),
            new DemoBrand("松原油田技工", "220702", INDUSTRY, SKILL, IndustrySection.B, "采油工、井下作业工",
                    ESTABLISHED, NONE, 11_000, 770_000_000L, 2_800, 2_100, null, null),
            new DemoBrand("白城杂粮农技工", "220881", REGIONAL, SKILL, IndustrySection.A, "杂粮种植工、农产品加工工",
                    EMERGING, MUNICIPAL, 7_400, 281_200_000L, 1_700, 820, null, null),
            new DemoBrand("白城风电运维工", "220802", INDUSTRY, SKILL, IndustrySection.D, "风电机组检修工、电工",
                    EMERGING, NONE, 2_900, 208_800_000L, 1_100, 780, null, null),
            new DemoBrand("梅河口家政服务员", "220581", INDUSTRY, SERVICE, IndustrySection.O, "家政服务员、育婴员",
                    UNNAMED, MUNICIPAL, 5_600, 201_600_000L, 2_200, 1_300, null, null),
            new DemoBrand("梅河口建筑工匠", "220581", INDUSTRY, LIVELIHOOD, IndustrySection.E, "砌筑工、钢筋工、混凝土工",
                    EMERGING, NONE, 8_800, 492_800_000L, 1_500, 640, null, null),
            new DemoBrand("长白山冰雪旅游服务员", "22X001", REGIONAL, CULTURE_TOURISM, IndustrySection.R, "滑雪指导员、旅游服务员",
                    EMERGING, MUNICIPAL, 2_400, 96_000_000L, 800, 350, null, null),
            new DemoBrand("汪清快递物流员", "222424", INDUSTRY, LIVELIHOOD, IndustrySection.G, "快递员、仓储管理员",
                    EMERGING, NONE, 3_900, 179_400_000L, 1_000, 430, null, null));

    private final BrandService brands;
    private final DemoRecords demo;

    DemoBrands(BrandService brands, DemoRecords demo) {
        this.brands = brands;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> BRANDS.forEach(this::ensure), "brand:view", "brand:edit", "brand:level:lower", "demo:provision");
    }

    /** Registers the brand as the province would, with the level it already held, unless one of that name exists in its region. */
    private void ensure(DemoBrand b) {
        boolean exists = brands.search(new BrandFilter(List.of(b.region()), null, null, null, b.name()), PROVINCE, PageRequest.of(0, 20))
                .stream().anyMatch(existing -> existing.getName().equals(b.name()));
        if (exists) {
            return;
        }
        long id = brands.register(new BrandDetails(b.name(), b.region(), b.scope(), b.type(), b.industry(), b.occupations(), b.maturity(),
                b.workforce(), BigDecimal.valueOf(b.income()), b.trained(), b.certified(), b.leader(), null, b.story(), BrandStatus.ACTIVE), PROVINCE);
        if (b.level().isDesignated()) {
            brands.recordLevelHeld(id, b.level(), "演示数据：登记前已认定的级别", PROVINCE);
        }
        demo.mark("labor_brand", id);
    }
}
