package cn.jilin.laborbrand.promotion.event;

import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public events (三(三) 宣传展示) for the public pages, the calendar feed and the API: only events marked public,
 * filtered in the query. Open to anyone: it answers public data only.
 */
@Service
public class PublicEvents {

    private static final Sort SOONEST = Sort.by(Sort.Order.asc("startsOn"), Sort.Order.asc("id"));
    private static final Sort LATEST = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));

    private final EventRepository events;
    private final BrandService brands;
    private final RegionService regions;
    private final Clock clock;

    PublicEvents(EventRepository events, BrandService brands, RegionService regions, Clock clock) {
        this.events = events;
        this.brands = brands;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Public events: upcoming (not yet over, soonest first), past (over, latest first) or all (null, latest first), by a
     * brand taking part and a region (a city covers its counties); any filter may be null.
     */
    @Transactional(readOnly = true)
    public Page<PublicEvent> list(Boolean upcoming, Long brandId, String regionCode, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 100),
                Boolean.TRUE.equals(upcoming) ? SOONEST : LATEST);
        Page<PromotionEvent> found = events.findAll(publicOnes(upcoming, brandId, regionCode), DataScope.province(), page);
        Map<Long, BrandName> names = names(found.getContent());
        return found.map(e -> view(e, names));
    }

    @Transactional(readOnly = true)
    public Optional<PublicEvent> one(long id) {
        Specification<PromotionEvent> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return events.findAll(publicOnes(null, null, null).and(byId), DataScope.province(), Sort.unsorted()).stream().findFirst()
                .map(e -> view(e, names(List.of(e))));
    }

    /** The next public events, soonest first. */
    @Transactional(readOnly = true)
    public List<PublicEvent> upcoming(int limit) {
        return list(true, null, null, PageRequest.of(0, bounded(limit))).getContent();
    }

    /** The public events a brand took or takes part in, latest first. */
    @Transactional(readOnly = true)
    public List<PublicEvent> ofBrand(long brandId, int limit) {
        return list(null, brandId, null, PageRequest.of(0, bounded(limit))).getContent();
    }

    /** What the calendar feed carries: public events that ended within the last year or are still to come, soonest first. */
    @Transactional(readOnly = true)
    public List<PublicEvent> calendar() {
        LocalDate since = LocalDate.now(clock).minusYears(1);
        Specification<PromotionEvent> recent = (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("endsOn"), since);
        List<PromotionEvent> found = events.findAll(publicOnes(null, null, null).and(recent), DataScope.province(),
                PageRequest.of(0, 1000, SOONEST)).getContent();
        Map<Long, BrandName> names = names(found);
        return found.stream().map(e -> view(e, names)).toList();
    }

    private Specification<PromotionEvent> publicOnes(Boolean upcoming, Long brandId, String regionCode) {
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.isTrue(root.get("publicEvent")));
            if (upcoming != null) {
                all.add(upcoming ? cb.greaterThanOrEqualTo(root.get("endsOn"), today) : cb.lessThan(root.get("endsOn"), today));
            }
            if (brandId != null) {
                all.add(cb.isMember(brandId, root.<Set<Long>>get("brandIds")));
            }
            if (regionCode != null && !regionCode.isBlank()) {
                all.add(root.get("regionCode").in(regions.coveredCodes(regionCode.strip())));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }


    private Map<Long, BrandName> names(Collection<PromotionEvent> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(e -> ids.addAll(e.getBrandIds()));
        return brands.names(ids);
    }

    private static PublicEvent view(PromotionEvent e, Map<Long, BrandName> names) {
        List<PublicEvent.Brand> taking = e.getBrandIds().stream().map(names::get).filter(java.util.Objects::nonNull)
                .map(b -> new PublicEvent.Brand(b.id(), b.name())).sorted(Comparator.comparing(PublicEvent.Brand::name)).toList();
        return new PublicEvent(e.getId(), e.getKind(), e.getTitle(), e.getStartsOn(), e.getEndsOn(), e.getPlace(), e.getOrganiser(),
                e.getRegionCode(), e.getDescription(), taking, e.getVisitors(), e.getAgreements(), e.getAgreementAmount(),
                e.getJobsOffered(), e.getUpdatedAt());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, 100));
    }
}
