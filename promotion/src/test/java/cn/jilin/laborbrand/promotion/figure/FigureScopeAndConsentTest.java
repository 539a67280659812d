package cn.jilin.laborbrand.promotion.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.promotion.PromotionTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Typical figures on records the test makes: a city sees its region's figures only, the province all, a NONE scope
 * nothing; publication needs a consent in force; a withdrawn consent or publication takes the figure off the public
 * query at once; the public view carries only what the consent covers.
 */
@SpringBootTest(classes = PromotionTestApplication.class)
class FigureScopeAndConsentTest {

    static final String[] MANAGE = {"promotion:view", "promotion:manage"};
    static final String[] PUBLISH = {"promotion:view", "promotion:manage", "promotion:publish"};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    FigureService figures;
    @Autowired
    PublishedFigures published;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;
    @Autowired
    List<PlanMetric> metrics;

    DataScope changchun;
    DataScope liaoyuan;
    long changchunBrand;
    long liaoyuanBrand;

    @BeforeEach
    void brands() {
        changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        liaoyuan = DataScope.region("220400", regions.coveredCodes("220400"));
        changchunBrand = brand("220100");
        liaoyuanBrand = brand("220400");
    }

    @Test
    void aCitySeesItsOwnRegionsFiguresTheProvinceAllAndNoneNothing() {
        long mine = create(changchun, changchunBrand, "长春人物");
        long theirs = create(liaoyuan, liaoyuanBrand, "辽源人物");
        FigureFilter both = new FigureFilter(null, null, null, null, null);

        List<Long> cityIds = as(() -> figures.search(both, changchun, PageRequest.of(0, 500)).map(TypicalFigure::getId).getContent(), MANAGE);
        assertThat(cityIds).contains(mine).doesNotContain(theirs);
        List<Long> provinceIds = as(() -> figures.search(both, DataScope.province(), PageRequest.of(0, 500)).map(TypicalFigure::getId)
                .getContent(), MANAGE);
        assertThat(provinceIds).contains(mine, theirs);
        assertThat(as(() -> figures.search(both, DataScope.none(), Pageable.ofSize(50)).getTotalElements(), MANAGE)).isZero();
        assertThat(as(() -> figures.export(both, changchun, org.springframework.data.domain.Sort.by("id")), MANAGE))
                .extracting(TypicalFigure::getId).contains(mine).doesNotContain(theirs);
        assertThatThrownBy(() -> as(() -> figures.get(theirs, changchun), MANAGE)).isInstanceOf(NotFoundException.class);
        // a city cannot record a figure of another city's brand, nor put one of its own in another region
        assertThatThrownBy(() -> create(changchun, liaoyuanBrand, "越界"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("brandId"));
        assertThatThrownBy(() -> as(() -> figures.create(details(changchunBrand, "越界", "220400"), changchun), MANAGE))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("regionCode"));
    }

    @Test
    void publicationNeedsAConsentInForce() {
        long id = create(changchun, changchunBrand, "未签同意");
        assertThatThrownBy(() -> publish(id)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKeys()).containsExactly("promotion.figure.publish.noConsent"));
        assertThat(as(() -> figures.get(id, DataScope.province()).isPublished(), MANAGE)).isFalse();

        consent(id, true, true, true);
        publish(id);
        assertThat(published.one(id)).isPresent();

        // the consent withdrawn: unpublished in the same step, and it cannot be published again
        as(() -> {
            figures.withdrawConsent(id, "本人撤回", changchun);
            return null;
        }, MANAGE);
        assertThat(published.one(id)).isEmpty();
        assertThatThrownBy(() -> publish(id)).isInstanceOf(RuleViolation.class);
        // a consent form must be a document of an accepted type
        assertThatThrownBy(() -> as(() -> {
            figures.recordConsent(id, "x.exe", "MZ...".getBytes(StandardCharsets.US_ASCII), LocalDate.of(2025, 1, 1), true, true, true, changchun);
            return null;
        }, MANAGE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aWithdrawnFigureLeavesThePublicQueryAtOnceAndShowsOnlyWhatItsConsentCovers() {
        long shown = create(changchun, changchunBrand, "公开人物");
        long nameless = create(changchun, changchunBrand, "不公开姓名");
        consent(shown, true, false, true);
        consent(nameless, false, true, true);
        as(() -> {
            figures.replacePhoto(shown, "p.png", PNG, changchun);
            figures.replacePhoto(nameless, "p.png", PNG, changchun);
            return null;
        }, MANAGE);
        publish(shown);
        publish(nameless);

        List<Long> listed = published.list(changchunBrand, null, null, PageRequest.of(0, 50)).map(PublicFigure::id).getContent();
        assertThat(listed).containsExactlyInAnyOrder(shown, nameless);
        PublicFigure one = published.one(shown).orElseThrow();
        assertThat(one.name()).startsWith("公开人物");
        assertThat(one.story()).isNotBlank();
        assertThat(one.hasPhoto()).isFalse();
        assertThat(published.photo(shown)).as("the consent does not cover the photo").isEmpty();
        PublicFigure other = published.one(nameless).orElseThrow();
        assertThat(other.name()).isNull();
        assertThat(other.hasPhoto()).isTrue();
        assertThat(published.photo(nameless)).isPresent();
        assertThat(published.list(null, "220100", null, PageRequest.of(0, 50)).map(PublicFigure::id).getContent()).contains(shown);
        assertThat(published.list(null, "220400", null, PageRequest.of(0, 50)).map(PublicFigure::id).getContent()).doesNotContain(shown);

        long before = metric();
        as(() -> {
            figures.unpublish(shown, "更新材料", changchun);
            return null;
        }, MANAGE);
        assertThat(published.one(shown)).isEmpty();
        assertThat(published.ofBrand(changchunBrand, 10)).extracting(PublicFigure::id).containsExactly(nameless);
        assertThat(metric()).isEqualTo(before - 1);
        assertThat(as(() -> figures.history(shown, changchun), MANAGE)).extracting(s -> s.getAction())
                .containsSubsequence("record", "consent", "photo", "publish", "unpublish");
    }

    long metric() {
        return metrics.stream().filter(m -> m.code().equals(FigureMetrics.PUBLISHED)).findFirst().orElseThrow().read().value();
    }

    long create(DataScope scope, long brand, String name) {
        return as(() -> figures.create(details(brand, name, null), scope), MANAGE);
    }

    FigureDetails details(long brand, String name, String region) {
        return new FigureDetails(name + SEQUENCE.incrementAndGet(), Sex.FEMALE, 1980, FigureRole.LEADER, brand, region, "技能带头人",
                "从事本行业二十年，带动乡亲就业。");
    }

    void consent(long id, boolean name, boolean photo, boolean story) {
        as(() -> {
            figures.recordConsent(id, "consent.pdf", PDF, LocalDate.of(2025, 3, 1), name, photo, story, DataScope.province());
            return null;
        }, MANAGE);
    }

    void publish(long id) {
        as(() -> {
            figures.publish(id, figures.get(id, DataScope.province()).getVersion(), DataScope.province());
            return null;
        }, PUBLISH);
    }

    long brand(String region) {
        return as(() -> brands.register(new BrandDetails("推介测试品牌" + SEQUENCE.incrementAndGet(), region, BrandScope.REGIONAL, BrandType.SKILL,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 100, new BigDecimal("1000000"), 10, 5, null, null, null,
                BrandStatus.ACTIVE), DataScope.province()), "brand:edit", "brand:view");
    }

    static <T> T as(java.util.concurrent.Callable<T> work, String... permissions) {
        return Acting.as(1L, work, permissions);
    }
}
