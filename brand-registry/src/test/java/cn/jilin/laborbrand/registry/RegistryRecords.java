package cn.jilin.laborbrand.registry;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.application.ApplicationDraft;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The registry tests' own records, made through the module's services as the portal's users would make them (each
 * call as a {@link SystemActor} holding just the permissions the service asks). Names are unique per call.
 */
@Component
public class RegistryRecords {

    public static final String CHANGCHUN = "220100";
    /** 南关区, a county of Changchun. */
    public static final String NANGUAN = "220102";
    public static final String LIAOYUAN = "220400";

    /** A PDF of a few bytes: what the attachment store reads as the application form. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BrandService brands;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RegionService regions;

    RegistryRecords(BrandService brands, ApplicationService applications, OrganisationService organisations, RegionService regions) {
        this.brands = brands;
        this.applications = applications;
        this.organisations = organisations;
        this.regions = regions;
    }

    /** What a city officer of {@code code} sees: the city and its counties. */
    public DataScope city(String code) {
        return DataScope.region(code, regions.coveredCodes(code));
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** A new active brand of no level in a region, of section C (manufacturing), registered by the province. */
    public long brand(String regionCode) {
        return brand(regionCode, IndustrySection.C);
    }

    public long brand(String regionCode, IndustrySection industry) {
        return brandNamed(unique("测试品牌"), regionCode, industry);
    }

    public long brandNamed(String name, String regionCode, IndustrySection industry) {
        return brandOf(name, regionCode, industry, BrandType.SKILL, BrandStatus.ACTIVE);
    }

    /** A new brand of no level of a type and status (a lapsed 民生保障型 brand, say). */
    public long brandOf(String name, String regionCode, IndustrySection industry, BrandType type, BrandStatus status) {
        return as(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, type, industry, "焊工",
                BrandMaturity.EMERGING, 500, new BigDecimal("1000000.00"), 10, 5, null, null, null, status),
                DataScope.province()), "brand:edit");
    }

    /** A draft application of a brand for a level, opened by the brand's city, with its application form attached. */
    public long application(long brandId, BrandLevel level, DataScope city) {
        return as(() -> {
            long id = applications.open(brandId, new ApplicationDraft(level, "规模大、技能强、口碑好。", "年输出一万人。", "三年规划。", "刘洋",
                    "13812345678"), city);
            applications.attach(id, ApplicationService.Purpose.FORM, "申报表.pdf", PDF, city);
            return id;
        }, "brand:view", "brand:application:submit", "brand:application:view");
    }

    /** An enterprise of the directory in a region; its organisation id. */
    public long enterprise(String regionCode) {
        String body = "91" + regionCode + "MX" + String.format("%07d", SEQUENCE.incrementAndGet() * 97 + System.nanoTime() % 89);
        String code = body.substring(0, 17) + CreditCode.checkCharacter(body.substring(0, 17));
        return as(() -> organisations.register(new NewOrganisation(unique("测试企业"), OrganisationKind.ENTERPRISE, regionCode, code,
                "长春市"), DataScope.province()), "organisation:register");
    }

    public static <T> T as(Supplier<T> work, String... permissions) {
        return SystemActor.call(work, permissions);
    }
}
