package cn.jilin.laborbrand.promotion.event;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion events (三(三): 定期开展劳务品牌展示交流活动，举办劳务品牌专业论坛): a city bureau keeps its region's, HRSS the
 * province's; the brands taking part are brands the caller may see. Outcomes are recorded once the event has begun.
 * Every change is audited.
 */
@Service
public class EventService {

    static final String OWNER_TYPE = "promotion_event";
    static final String PROVINCE = "220000";

    private final EventRepository events;
    private final BrandService brands;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    EventService(EventRepository events, BrandService brands, RegionService regions, AuditService audit, Clock clock) {
        this.events = events;
        this.brands = brands;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public Page<PromotionEvent> search(EventFilter filter, DataScope scope, Pageable pageable) {
        return events.findAll(specification(filter), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional
    public List<PromotionEvent> export(EventFilter filter, DataScope scope, Sort sort) {
        List<PromotionEvent> rows = events.findAll(specification(filter), scope, sort);
        audit.record("event.export", OWNER_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public PromotionEvent get(long id, DataScope scope) {
        return events.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public long create(EventDetails details, DataScope scope) {
        checked(details, scope);
        PromotionEvent event = events.save(new PromotionEvent(details, regionOf(details.regionCode(), scope)));
        audit.record("event.create", OWNER_TYPE, event.getId(), event.getTitle() + " " + event.getStartsOn());
        return event.getId();
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void update(long id, long shownVersion, EventDetails details, DataScope scope) {
        PromotionEvent event = events.getById(id, scope);
        event.requireVersion(shownVersion);
        checked(details, scope);
        event.change(details, regionOf(details.regionCode(), scope));
        events.saveAndFlush(event);
        audit.record("event.update", OWNER_TYPE, id, event.getTitle() + " " + event.getStartsOn());
    }

    /** 活动成效: visitors, agreements and jobs, once the event has begun. */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void recordOutcome(long id, long shownVersion, EventOutcome outcome, DataScope scope) {
        PromotionEvent event = events.getById(id, scope);
        event.requireVersion(shownVersion);
        if (event.getStartsOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("visitors", "promotion.event.outcome.notYet");
        }
        if (negative(outcome.visitors()) || negative(outcome.agreements()) || negative(outcome.jobsOffered())
                || (outcome.agreementAmount() != null && outcome.agreementAmount().signum() < 0)) {
            throw new RuleViolation("visitors", "promotion.event.outcome.negative");
        }
        event.outcome(outcome);
        events.saveAndFlush(event);
        audit.record("event.outcome", OWNER_TYPE, id, "visitors=" + outcome.visitors() + " agreements=" + outcome.agreements()
                + " amount=" + outcome.agreementAmount() + " jobs=" + outcome.jobsOffered());
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void delete(long id, DataScope scope) {
        PromotionEvent event = events.getById(id, scope);
        events.delete(event);
        audit.record("event.delete", OWNER_TYPE, id, event.getTitle() + " " + event.getStartsOn());
    }

    private void checked(EventDetails details, DataScope scope) {
        if (details.kind() == null) {
            throw new RuleViolation("kind", "promotion.event.kind.required");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "promotion.event.title.required");
        }
        if (details.startsOn() == null) {
            throw new RuleViolation("startsOn", "promotion.event.startsOn.required");
        }
        if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("endsOn", "promotion.event.endsOn.beforeStart");
        }
        if (details.endsOn() != null && details.startsOn().plusDays(366).isBefore(details.endsOn())) {
            throw new RuleViolation("endsOn", "promotion.event.endsOn.tooLong");
        }
        if (details.place() == null || details.place().isBlank()) {
            throw new RuleViolation("place", "promotion.event.place.required");
        }
        if (details.organiser() == null || details.organiser().isBlank()) {
            throw new RuleViolation("organiser", "promotion.event.organiser.required");
        }
        Set<Long> ids = details.brandIds() == null ? Set.of() : details.brandIds();
        if (ids.size() > 50) {
            throw new RuleViolation("brandIds", "promotion.brands.tooMany");
        }
        if (!ids.isEmpty() && !brands.visible(ids, scope).containsAll(ids)) {
            throw new RuleViolation("brandIds", "promotion.brand.outOfScope");
        }
    }

    /** The region chosen, or the caller's own (the province for HRSS); within the caller's scope. */
    private String regionOf(String chosen, DataScope scope) {
        String region = chosen != null && !chosen.isBlank() ? chosen.strip() : scope.isProvince() ? PROVINCE : scope.regionCode();
        regions.checkWithin(region, scope);
        return region;
    }

    private static boolean negative(Integer n) {
        return n != null && n < 0;
    }

    static Specification<PromotionEvent> specification(EventFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.brandId() != null) {
                all.add(cb.isMember(filter.brandId(), root.<Set<Long>>get("brandIds")));
            }
            if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
                all.add(root.get("regionCode").in(filter.regionCodes()));
            }
            if (filter.kind() != null) {
                all.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.year() != null) {
                all.add(cb.between(root.get("startsOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            if (filter.publicEvent() != null) {
                all.add(cb.equal(root.get("publicEvent"), filter.publicEvent()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("title"), like), cb.like(root.get("place"), like), cb.like(root.get("organiser"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

}
