package cn.jilin.laborbrand.promotion.coverage;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media coverage (三(四): 围绕品牌项目、品牌人物、品牌活动开展全方位宣传报道，拍摄主题影视作品): a city bureau records its region's
 * reports, HRSS the province's; counts per brand and per city feed the reports. Links are http or https only. Every
 * change is audited.
 */
@Service
public class CoverageService {

    static final String OWNER_TYPE = "media_coverage";
    static final String PROVINCE = "220000";

    private final CoverageRepository coverage;
    private final CoverageCounts counts;
    private final BrandService brands;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    CoverageService(CoverageRepository coverage, CoverageCounts counts, BrandService brands, RegionService regions, AuditService audit,
                    Clock clock) {
        this.coverage = coverage;
        this.counts = counts;
        this.brands = brands;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public Page<MediaCoverage> search(CoverageFilter filter, DataScope scope, Pageable pageable) {
        return coverage.findAll(specification(filter), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional
    public List<MediaCoverage> export(CoverageFilter filter, DataScope scope, Sort sort) {
        List<MediaCoverage> rows = coverage.findAll(specification(filter), scope, sort);
        audit.record("coverage.export", OWNER_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** Reports per brand covered, by kind, within the scope and the filter (a report on two brands counts for each). */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public List<CoverageCount> countsByBrand(CoverageFilter filter, DataScope scope) {
        List<CoverageCount> rows = counts.byBrand(filter, scope);
        Map<Long, BrandName> names = brands.names(rows.stream().map(r -> Long.parseLong(r.key())).toList());
        return rows.stream().map(r -> new CoverageCount(r.key(), names.containsKey(Long.parseLong(r.key()))
                ? names.get(Long.parseLong(r.key())).name() : "#" + r.key(), r.tv(), r.newspaper(), r.newMedia(), r.radio(), r.film(),
                r.total())).toList();
    }

    /** Reports per prefecture (the province's own under 220000), by kind, within the scope and the filter. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public List<CoverageCount> countsByCity(CoverageFilter filter, DataScope scope) {
        return counts.byCity(filter, scope).stream().map(r -> new CoverageCount(r.key(), regions.name(r.key()), r.tv(), r.newspaper(),
                r.newMedia(), r.radio(), r.film(), r.total())).toList();
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public MediaCoverage get(long id, DataScope scope) {
        return coverage.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public long create(CoverageDetails details, DataScope scope) {
        checked(details, scope);
        MediaCoverage report = coverage.save(new MediaCoverage(details, regionOf(details.regionCode(), scope)));
        audit.record("coverage.create", OWNER_TYPE, report.getId(), report.getOutlet() + " " + report.getTitle());
        return report.getId();
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void update(long id, long shownVersion, CoverageDetails details, DataScope scope) {
        MediaCoverage report = coverage.getById(id, scope);
        report.requireVersion(shownVersion);
        checked(details, scope);
        report.change(details, regionOf(details.regionCode(), scope));
        coverage.saveAndFlush(report);
        audit.record("coverage.update", OWNER_TYPE, id, report.getOutlet() + " " + report.getTitle());
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void delete(long id, DataScope scope) {
        MediaCoverage report = coverage.getById(id, scope);
        coverage.delete(report);
        audit.record("coverage.delete", OWNER_TYPE, id, report.getOutlet() + " " + report.getTitle());
    }

    private void checked(CoverageDetails details, DataScope scope) {
        if (details.outlet() == null || details.outlet().isBlank()) {
            throw new RuleViolation("outlet", "promotion.coverage.outlet.required");
        }
        if (details.kind() == null) {
            throw new RuleViolation("kind", "promotion.coverage.kind.required");
        }
        if (details.publishedOn() == null) {
            throw new RuleViolation("publishedOn", "promotion.coverage.publishedOn.required");
        }
        if (details.publishedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("publishedOn", "promotion.coverage.publishedOn.future");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "promotion.coverage.title.required");
        }
        if (details.link() != null && !details.link().isBlank() && !CoverageLinks.acceptable(details.link())) {
            throw new RuleViolation("link", "promotion.coverage.link.invalid");
        }
        Set<Long> ids = details.brandIds() == null ? Set.of() : details.brandIds();
        if (ids.isEmpty()) {
            throw new RuleViolation("brandIds", "promotion.coverage.brands.required");
        }
        if (ids.size() > 50) {
            throw new RuleViolation("brandIds", "promotion.brands.tooMany");
        }
        if (!brands.visible(ids, scope).containsAll(ids)) {
            throw new RuleViolation("brandIds", "promotion.brand.outOfScope");
        }
    }

    private String regionOf(String chosen, DataScope scope) {
        String region = chosen != null && !chosen.isBlank() ? chosen.strip() : scope.isProvince() ? PROVINCE : scope.regionCode();
        regions.checkWithin(region, scope);
        return region;
    }

    static Specification<MediaCoverage> specification(CoverageFilter filter) {
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
                all.add(cb.between(root.get("publishedOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("title"), like), cb.like(root.get("outlet"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
