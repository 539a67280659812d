package cn.jilin.laborbrand.web;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Brands and lookups for the tests of the catalogue, credit, enterprises, alliances and marks. */
@Component
public class RegistryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BrandService brands;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final OrganisationService organisations;

    public RegistryFixtures(BrandService brands, Fixtures fixtures, JdbcTemplate jdbc, OrganisationService organisations) {
        this.brands = brands;
        this.organisations = organisations;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A fresh active brand of a region, in a given section of GB/T 4754, registered as the province would. */
    public long brand(String regionCode, IndustrySection industry) {
        String name = "测试品牌" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        return SystemActor.call(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, BrandType.SKILL, industry,
                "焊工", BrandMaturity.EMERGING, 500, new BigDecimal("1000000.00"), 10, 5, null, null, null, BrandStatus.ACTIVE),
                DataScope.province()), "brand:edit");
    }

    /** A fresh active brand with the given (unique) name, in section C, registered as the province would. */
    public long brandNamed(String name, String regionCode) {
        return SystemActor.call(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, BrandType.SKILL,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 500, new BigDecimal("1000000.00"), 10, 5, null, null, null,
                BrandStatus.ACTIVE), DataScope.province()), "brand:edit");
    }

    /** Records the level a brand of no level held before the platform, as the province does (no forced update). */
    public void levelHeld(long brandId, BrandLevel level) {
        SystemActor.run(() -> brands.recordLevelHeld(brandId, level, "测试：平台建立前认定", DataScope.province()), "brand:level:lower");
    }

    /** A name no other test uses: the prefix, a sequence number and a few digits of the clock. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    /** A fresh active brand of a region in section C (manufacturing). */
    public long brand(String regionCode) {
        return fixtures.brand("测试品牌", regionCode);
    }

    /** A fresh organisation of the directory (an enterprise, an institution) in a region, registered by the province. */
    public long organisation(OrganisationKind kind, String regionCode) {
        String body = "91" + regionCode + "RF" + String.format("%07d", SEQUENCE.incrementAndGet() * 97 + System.nanoTime() % 89);
        String code = body.substring(0, 17) + CreditCode.checkCharacter(body.substring(0, 17));
        return SystemActor.call(() -> organisations.register(new NewOrganisation(unique("测试单位"), kind, regionCode, code, "测试地址"),
                DataScope.province()), "organisation:register");
    }

    public long brandId(String name) {
        return jdbc.queryForObject("select id from labor_brand where name = ?", Long.class, name);
    }

    public String brandName(long id) {
        return jdbc.queryForObject("select name from labor_brand where id = ?", String.class, id);
    }

    public long organisationId(String name) {
        return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
    }

    public String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    public long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
