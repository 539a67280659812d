package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.finance.BrandInsuranceService;
import cn.jilin.laborbrand.registry.finance.InsuranceDetails;
import cn.jilin.laborbrand.registry.finance.PledgeDetails;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.mark.BrandMark;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo brand finance (二(三)1) in 长春, 辽源, 吉林市 and 延边: loans pledged on the brands' registered trademarks and
 * patents (one repaid; 长春's and 吉林市's fall due within 30 days, so their officers' work lists ask about them) and
 * policies taken out on brands (in force, ended). 吉林护工 gets the registered trademark its loan is pledged on.
 * Through the services, marked as demo data. Idempotent: a brand that has any finance record is left as it is.
 */
@Component
@Profile("demo")
@Order(36)
class DemoBrandFinance implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "finance:view", "finance:manage", "brand:view", "brand:edit"};
    private static final DataScope PROVINCE = DataScope.province();

    /** A loan on one of the brand's marks (by number), repaid when {@code repaidOn} is given. */
    record DemoPledge(String brand, String markNumber, String bank, String amount, LocalDate grantedOn, int term, LocalDate repaidOn,
                      String note) {
    }

    record DemoPolicy(String brand, String insurer, String product, String insured, String premium, LocalDate startsOn, LocalDate endsOn,
                      String number) {
    }

    private final PledgeLoanService pledges;
    private final BrandInsuranceService insurance;
    private final BrandMarkService marks;
    private final BrandService brands;
    private final DemoRecords demo;
    private final Clock clock;

    DemoBrandFinance(PledgeLoanService pledges, BrandInsuranceService insurance, BrandMarkService marks, BrandService brands,
                     DemoRecords demo, Clock clock) {
        this.pledges = pledges;
        this.insurance = insurance;
        this.marks = marks;
        this.brands = brands;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<DemoPledge> loans = List.of(
                new DemoPledge("辽源织袜工", "52345678", "吉林银行辽源分行", "3000000.00", LocalDate.of(2024, 6, 18), 36, null,
                        "以“辽源织袜工”注册商标专用权质押，用于袜业扶贫车间设备更新"),
                new DemoPledge("辽源织袜工", "ZL202320456789.1", "中国农业银行辽源分行", "800000.00", LocalDate.of(2023, 10, 10), 12,
                        LocalDate.of(2024, 9, 30), "以实用新型专利权质押"),
                new DemoPledge("吉林大米农技工", "48765432", "吉林九台农村商业银行吉林分行", "1500000.00", today.minusMonths(12).plusDays(12), 12,
                        null, "农机作业服务队购置插秧机"),
                new DemoPledge("长白山菌类园艺工", "60123456", "延边农村商业银行", "1200000.00", LocalDate.of(2025, 3, 1), 24, null, null),
                new DemoPledge("吉林护工", "66778899", "中国建设银行长春分行", "2000000.00", today.minusMonths(12).plusDays(20), 12, null,
                        "护理员培训中心建设"));
        List<DemoPolicy> policies = List.of(
                new DemoPolicy("吉林护工", "中国人民财产保险股份有限公司吉林省分公司", "劳务品牌职业责任险（医疗护理员）", "5000000.00", "18000.00",
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "PZAL" + year + "220100000123"),
                new DemoPolicy("延边泡菜工", "中国太平洋财产保险股份有限公司延边中心支公司", "食品安全责任险", "3000000.00", "9600.00",
                        today.minusMonths(3), today.minusMonths(3).plusYears(1).minusDays(1), "ACHY" + year + "222400000456"),
                new DemoPolicy("辽源织袜工", "中华联合财产保险股份有限公司辽源中心支公司", "雇主责任险", "2000000.00", "6500.00",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "GZZR2024220400000789"));
        SystemActor.call(() -> {
            registeredCareMark();
            loans.forEach(this::pledge);
            policies.forEach(this::policy);
            return null;
        }, AUTHORITIES);
    }

    private void registeredCareMark() {
        long brandId = brandId("吉林护工");
        if (marks.ofBrand(brandId, PROVINCE).stream().noneMatch(m -> m.getNumber().equals("66778899"))) {
            demo.mark("brand_mark", marks.add(brandId, new MarkDetails(MarkKind.TRADEMARK, "66778899", "吉林护工", 44, null,
                    "长春康护护理服务有限公司", LocalDate.of(2021, 5, 6), LocalDate.of(2022, 6, 20), LocalDate.of(2032, 6, 19),
                    MarkStatus.REGISTERED), PROVINCE));
        }
    }

    private void pledge(DemoPledge p) {
        long brandId = brandId(p.brand());
        boolean exists = pledges.ofBrand(brandId, PROVINCE).stream()
                .anyMatch(r -> r.mark() != null && r.mark().getNumber().equals(p.markNumber()));
        if (exists) {
            return;
        }
        long markId = marks.ofBrand(brandId, PROVINCE).stream().filter(m -> m.getNumber().equals(p.markNumber())).map(BrandMark::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException("demo mark " + p.markNumber() + " is missing"));
        long id = pledges.create(brandId, new PledgeDetails(markId, p.bank(), new BigDecimal(p.amount()), p.grantedOn(), p.term(), p.note()), PROVINCE);
        demo.mark("brand_pledge_loan", id);
        if (p.repaidOn() != null) {
            pledges.markRepaid(id, pledges.get(id, PROVINCE).getVersion(), p.repaidOn(), PROVINCE);
        }
    }

    private void policy(DemoPolicy p) {
        long brandId = brandId(p.brand());
        if (insurance.ofBrand(brandId, PROVINCE).stream().anyMatch(r -> r.policy().getInsurer().equals(p.insurer()))) {
            return;
        }
        demo.mark("brand_insurance", insurance.create(brandId, new InsuranceDetails(p.insurer(), p.product(), new BigDecimal(p.insured()),
                new BigDecimal(p.premium()), p.startsOn(), p.endsOn(), p.number(), null), PROVINCE));
    }

    private long brandId(String name) {
        return brands.search(new BrandFilter(null, null, null, null, name), PROVINCE, PageRequest.of(0, 20)).stream()
                .filter(b -> b.getName().equals(name)).map(LaborBrand::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo brand " + name + " is missing"));
    }
}
