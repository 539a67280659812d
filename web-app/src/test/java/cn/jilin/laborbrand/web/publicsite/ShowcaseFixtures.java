package cn.jilin.laborbrand.web.publicsite;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Brands for the public showcase's tests, made through the registry's services as the province would: registered with
 * a leader's name and a story that carries personal data (which no public page may show), designated by recording the
 * level held, with a logo and a leading enterprise when asked.
 */
@Component
public class ShowcaseFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BrandService brands;
    private final LeadingEnterpriseService enterprises;

    ShowcaseFixtures(BrandService brands, LeadingEnterpriseService enterprises) {
        this.brands = brands;
        this.enterprises = enterprises;
    }

    /** A unique word for names, so that a test can find its own brands with the directory's search. */
    public static String token(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
    }

    /**
     * A brand of {@code regionCode} named {@code name}, of the given level (none: registered only), whose leader's name
     * and story hold personal data: {@code leader}, and {@code story} with an ID and a phone.
     */
    public long brand(String name, String regionCode, BrandLevel level, IndustrySection industry, BrandType type, String leader, String story) {
        long id = SystemActor.call(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, type, industry, "织袜工,缝纫工",
                BrandMaturity.ESTABLISHED, 1200 + SEQUENCE.get(), new BigDecimal("36000000.00"), 300, 120, leader, "第" + (10_000_000 + SEQUENCE.get()) + "号",
                story, BrandStatus.ACTIVE), DataScope.province()), "brand:edit");
        if (level != BrandLevel.NONE) {
            SystemActor.run(() -> brands.recordLevelHeld(id, level, "测试：平台建立前认定", DataScope.province()), "brand:level:lower");
        }
        return id;
    }

    /** Gives a brand a small PNG logo. */
    public void logo(long brandId) {
        SystemActor.run(() -> brands.replaceLogo(brandId, "logo.png", png(), DataScope.province()), "brand:edit");
    }

    /** Registers an enterprise of the brand's region and links it as the brand's leading enterprise; {@code note} is staff-only. */
    public void leadingEnterprise(long brandId, String name, String regionCode, String note) {
        String body = "91" + regionCode + "PB" + String.format("%07d", SEQUENCE.incrementAndGet() * 89 + System.nanoTime() % 83);
        String code = body.substring(0, 17) + CreditCode.checkCharacter(body.substring(0, 17));
        SystemActor.call(() -> enterprises.registerAndLink(brandId, new NewOrganisation(name, OrganisationKind.ENTERPRISE, regionCode, code, "测试路9号"),
                note, DataScope.province()), "enterprise:manage", "organisation:register", "brand:view", "organisation:view");
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1f4e8c);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
