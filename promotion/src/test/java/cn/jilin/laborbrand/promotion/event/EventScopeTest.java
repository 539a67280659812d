package cn.jilin.laborbrand.promotion.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * Events on records the test makes: a city sees its region's events only, the province all, NONE nothing; the public
 * query shows public events only, upcoming and past apart; outcomes wait for the event to begin.
 */
@SpringBootTest(classes = PromotionTestApplication.class)
class EventScopeTest {

    static final String[] MANAGE = {"promotion:view", "promotion:manage"};
    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    EventService events;
    @Autowired
    PublicEvents publicEvents;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;
    @Autowired
    Clock clock;

    @Test
    void aCitySeesItsOwnEventsTheProvinceAllNoneNothingAndThePublicOnlyPublicOnes() {
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        DataScope yanbian = DataScope.region("222400", regions.coveredCodes("222400"));
        long brand = brand("222400");
        LocalDate today = LocalDate.now(clock);
        long past = as(() -> events.create(details(today.minusDays(10), true, Set.of(brand)), yanbian));
        long coming = as(() -> events.create(details(today.plusDays(10), true, Set.of(brand)), yanbian));
        long internal = as(() -> events.create(details(today.plusDays(3), false, Set.of(brand)), yanbian));
        long elsewhere = as(() -> events.create(details(today.plusDays(3), true, Set.of()), changchun));

        EventFilter all = EventFilter.none();
        assertThat(as(() -> events.search(all, yanbian, PageRequest.of(0, 500)).map(PromotionEvent::getId).getContent()))
                .contains(past, coming, internal).doesNotContain(elsewhere);
        assertThat(as(() -> events.search(all, DataScope.province(), PageRequest.of(0, 500)).map(PromotionEvent::getId).getContent()))
                .contains(past, coming, internal, elsewhere);
        assertThat(as(() -> events.search(all, DataScope.none(), PageRequest.of(0, 5)).getTotalElements())).isZero();
        assertThatThrownBy(() -> as(() -> events.get(past, changchun))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> events.search(new EventFilter(null, null, brand, null, null, null), DataScope.province(), PageRequest.of(0, 50))
                .map(PromotionEvent::getId).getContent())).containsExactlyInAnyOrder(past, coming, internal);

        assertThat(publicEvents.list(true, brand, null, PageRequest.of(0, 50)).map(PublicEvent::id).getContent()).containsExactly(coming);
        assertThat(publicEvents.list(false, brand, null, PageRequest.of(0, 50)).map(PublicEvent::id).getContent()).containsExactly(past);
        assertThat(publicEvents.ofBrand(brand, 10)).extracting(PublicEvent::id).containsExactly(coming, past);
        assertThat(publicEvents.one(internal)).isEmpty();
        assertThat(publicEvents.calendar()).extracting(PublicEvent::id).contains(past, coming, elsewhere).doesNotContain(internal);
        assertThat(publicEvents.one(coming).orElseThrow().brands()).extracting(PublicEvent.Brand::id).containsExactly(brand);

        // outcomes: not before the event, and not negative
        long version = as(() -> events.get(coming, yanbian).getVersion());
        assertThatThrownBy(() -> as(() -> {
            events.recordOutcome(coming, version, new EventOutcome(10, 1, null, 5, null), yanbian);
            return null;
        })).isInstanceOf(RuleViolation.class);
        long pastVersion = as(() -> events.get(past, yanbian).getVersion());
        as(() -> {
            events.recordOutcome(past, pastVersion, new EventOutcome(1200, 8, new BigDecimal("350000"), 260, "签约8家"), yanbian);
            return null;
        });
        assertThat(publicEvents.one(past).orElseThrow().visitors()).isEqualTo(1200);
        // a city cannot hold an event in another city's region
        assertThatThrownBy(() -> as(() -> events.create(new EventDetails(EventKind.FORUM, "越界", today, today, "长春", "某", "220100", true, null,
                Set.of()), yanbian))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("regionCode"));
    }

    EventDetails details(LocalDate on, boolean open, Set<Long> brandIds) {
        return new EventDetails(EventKind.EXHIBITION, "展示交流活动" + SEQUENCE.incrementAndGet(), on, on.plusDays(1), "延吉市会展中心",
                "延边州人社局", null, open, "测试活动", brandIds);
    }

    long brand(String region) {
        return as(() -> brands.register(new BrandDetails("活动测试品牌" + SEQUENCE.incrementAndGet(), region, BrandScope.REGIONAL, BrandType.SKILL,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 100, new BigDecimal("1000000"), 10, 5, null, null, null,
                BrandStatus.ACTIVE), DataScope.province()));
    }

    static <T> T as(Callable<T> work) {
        return Acting.as(1L, work, "promotion:view", "promotion:manage", "brand:edit", "brand:view");
    }
}
