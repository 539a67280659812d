package cn.jilin.laborbrand.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.BoundedPage;
import cn.jilin.laborbrand.platform.scope.DataScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists count and page through their first {@link BoundedPage#MAX_ROWS} rows (issue 12): exact below the bound, a
 * {@link BoundedPage} past it, an empty page without a query past it; {@code countUpTo} likewise. The rows are made in
 * the test's transaction and rolled back.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class BoundedListTest {

    private static final int MANY = BoundedPage.MAX_ROWS + 25;

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private final Specification<Organisation> enterprises =
            new OrganisationFilter(null, OrganisationKind.ENTERPRISE, null).toSpecification();

    @BeforeEach
    void manyEnterprisesInChangchunAndAFewInLiaoyuan() {
        jdbc.update("insert into organisation (name, kind, region_code) select '有界列表企业' || g, 'ENTERPRISE', '220102' from generate_series(1, ?) g", MANY);
        jdbc.update("insert into organisation (name, kind, region_code) select '辽源有界列表企业' || g, 'ENTERPRISE', '220402' from generate_series(1, 30) g");
    }

    private long exactly(DataScope scope) {
        return organisations.count(enterprises, scope);
    }

    @Test
    void aListPastTheBoundIsCappedAndStillPagesThroughItsFirstRows() {
        Page<?> first = organisations.findAll(enterprises, DataScope.province(), PageRequest.of(0, 20, Sort.by("name")));
        assertThat(exactly(DataScope.province())).isGreaterThan(BoundedPage.MAX_ROWS);
        assertThat(BoundedPage.isCapped(first)).isTrue();
        assertThat(first.getTotalElements()).isEqualTo(BoundedPage.MAX_ROWS);
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.hasNext()).isTrue();

        Page<?> last = organisations.findAll(enterprises, DataScope.province(), PageRequest.of(BoundedPage.MAX_ROWS / 20 - 1, 20, Sort.by("name")));
        assertThat(last.getContent()).hasSize(20);
        assertThat(last.hasNext()).isFalse();

        Page<?> beyond = organisations.findAll(enterprises, DataScope.province(), PageRequest.of(BoundedPage.MAX_ROWS / 20, 20, Sort.by("name")));
        assertThat(beyond.getContent()).isEmpty();
        assertThat(BoundedPage.isCapped(beyond)).isTrue();
    }

    @Test
    void aListBelowTheBoundKeepsItsExactTotalAndTheScopeIsInTheProbe() {
        DataScope liaoyuan = DataScope.region("220400", regions.coveredCodes("220400"));
        long total = exactly(liaoyuan);
        assertThat(total).isGreaterThanOrEqualTo(30).isLessThan(BoundedPage.MAX_ROWS);
        Page<?> page = organisations.findAll(enterprises, liaoyuan, PageRequest.of(0, 10, Sort.by("name")));
        assertThat(BoundedPage.isCapped(page)).isFalse();
        assertThat(page.getTotalElements()).isEqualTo(total);
        // a page that is not the first and not full: its total is exact without a count
        Page<?> tail = organisations.findAll(enterprises, liaoyuan, PageRequest.of((int) (total / 10), 10, Sort.by("name")));
        assertThat(tail.getTotalElements()).isEqualTo(total);
    }

    @Test
    void countUpToIsExactBelowItsLimitAndTheLimitAtOrPastIt() {
        DataScope liaoyuan = DataScope.region("220400", regions.coveredCodes("220400"));
        long total = exactly(liaoyuan);
        assertThat(organisations.countUpTo(enterprises, liaoyuan, 1000)).isEqualTo(total);
        assertThat(organisations.countUpTo(enterprises, liaoyuan, (int) total)).isEqualTo(total);
        assertThat(organisations.countUpTo(enterprises, liaoyuan, (int) total + 1)).isEqualTo(total);
        assertThat(organisations.countUpTo(enterprises, liaoyuan, 5)).isEqualTo(5);
        assertThat(organisations.countUpTo(enterprises, DataScope.province(), 1000)).isEqualTo(1000);
        assertThat(organisations.countUpTo(enterprises, DataScope.none(), 1000)).isZero();
    }
}
