package cn.jilin.laborbrand.promotion.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Coverage on records the test makes: links are http/https only; lists and counts per brand and city keep to the scope. */
@SpringBootTest(classes = PromotionTestApplication.class)
class CoverageTest {

    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    CoverageService coverage;
    @Autowired
    PublicCoverage publicCoverage;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "ftp://x.cn/a",
            "//evil.example/x", "http://", "https://user:pw@x.cn/", "http://x.cn/a b", " http://x.cn/", "http://x.cn/\"onmouseover=", "vbscript:x"})
    void hostileOrNonWebLinksAreRefused(String link) {
        assertThat(CoverageLinks.acceptable(link)).isFalse();
        long brand = brand("220100");
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        assertThatThrownBy(() -> as(() -> coverage.create(details(brand, CoverageKind.TV, link), changchun)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("link"));
    }

    @Test
    void httpAndHttpsLinksAreAccepted() {
        assertThat(CoverageLinks.acceptable("https://www.news.cn/local/2025-05/01/c_1.htm?a=1&b=2#x")).isTrue();
        assertThat(CoverageLinks.acceptable("http://jl.people.com.cn/n2/2025/0501/c1.html")).isTrue();
    }

    @Test
    void listsAndCountsPerBrandAndCityKeepToTheScope() {
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        DataScope yanbian = DataScope.region("222400", regions.coveredCodes("222400"));
        long mine = brand("220100");
        long theirs = brand("222400");
        long a = as(() -> coverage.create(details(mine, CoverageKind.TV, "https://tv.jl.cn/1"), changchun));
        as(() -> coverage.create(details(mine, CoverageKind.NEWSPAPER, null), changchun));
        long b = as(() -> coverage.create(details(theirs, CoverageKind.NEW_MEDIA, null), yanbian));

        CoverageFilter all = CoverageFilter.none();
        assertThat(as(() -> coverage.search(all, changchun, PageRequest.of(0, 500)).map(MediaCoverage::getId).getContent()))
                .contains(a).doesNotContain(b);
        assertThat(as(() -> coverage.search(all, DataScope.none(), PageRequest.of(0, 5)).getTotalElements())).isZero();
        assertThat(as(() -> coverage.countsByBrand(all, changchun))).filteredOn(c -> c.key().equals(String.valueOf(mine)))
                .singleElement().satisfies(c -> {
                    assertThat(c.tv()).isEqualTo(1);
                    assertThat(c.newspaper()).isEqualTo(1);
                    assertThat(c.total()).isEqualTo(2);
                });
        assertThat(as(() -> coverage.countsByBrand(all, changchun))).extracting(CoverageCount::key).doesNotContain(String.valueOf(theirs));
        assertThat(as(() -> coverage.countsByCity(all, changchun))).extracting(CoverageCount::key).containsExactly("220100");
        assertThat(as(() -> coverage.countsByCity(all, DataScope.province()))).extracting(CoverageCount::key).contains("220100", "222400");
        assertThat(as(() -> coverage.countsByCity(all, DataScope.none()))).isEmpty();
        assertThat(publicCoverage.countOfBrand(mine)).isEqualTo(2);
        assertThat(publicCoverage.ofBrand(mine, 10)).hasSize(2);
        // a city cannot file a report under another city's brand
        assertThatThrownBy(() -> as(() -> coverage.create(details(theirs, CoverageKind.TV, null), changchun)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("brandIds"));
    }

    CoverageDetails details(long brand, CoverageKind kind, String link) {
        return new CoverageDetails("吉林广播电视台", kind, LocalDate.of(2025, 5, 1), "报道" + SEQUENCE.incrementAndGet(), link, Set.of(brand), null,
                null);
    }

    long brand(String region) {
        return as(() -> brands.register(new BrandDetails("报道测试品牌" + SEQUENCE.incrementAndGet(), region, BrandScope.REGIONAL, BrandType.SKILL,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 100, new BigDecimal("1000000"), 10, 5, null, null, null,
                BrandStatus.ACTIVE), DataScope.province()));
    }

    static <T> T as(Callable<T> work) {
        return Acting.as(1L, work, "promotion:view", "promotion:manage", "brand:edit", "brand:view");
    }
}
