package cn.jilin.laborbrand.training.studio;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 二(二)1: the registry of skill-master studios, expert studios and high-skill training bases of each region. */
@Service
public class StudioService {

    static final String SUBJECT_TYPE = "skill_studio";

    private final SkillStudioRepository studios;
    private final RegionService regions;
    private final OccupationService occupations;
    private final BrandService brands;
    private final AuditService audit;

    StudioService(SkillStudioRepository studios, RegionService regions, OccupationService occupations, BrandService brands, AuditService audit) {
        this.studios = studios;
        this.regions = regions;
        this.occupations = occupations;
        this.brands = brands;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public Page<SkillStudio> search(StudioKind kind, java.util.Collection<String> regionCodes, DataScope scope, Pageable pageable) {
        Specification<SkillStudio> filter = (root, q, cb) -> cb.and(
                kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind),
                regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes));
        return studios.findAll(filter, scope, pageable);
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional
    public List<SkillStudio> export(DataScope scope) {
        List<SkillStudio> rows = studios.findAll(null, scope, Sort.by("regionCode", "name"));
        audit.record("studio.export", SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public SkillStudio get(long id, DataScope scope) {
        return studios.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('employment:edit')")
    @Transactional
    public long register(StudioDetails details, DataScope scope) {
        return create(details, scope);
    }

    @PreAuthorize("hasAuthority('employment:edit')")
    @Transactional
    public void update(long id, long shownVersion, StudioDetails details, DataScope scope) {
        SkillStudio studio = studios.getById(id, scope);
        studio.requireVersion(shownVersion);
        check(details, scope);
        if (studios.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "studio.name.taken");
        }
        studio.write(details);
        studios.saveAndFlush(studio);
        audit.record("studio.edit", SUBJECT_TYPE, id, studio.getName());
    }

    private long create(StudioDetails details, DataScope scope) {
        check(details, scope);
        if (studios.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "studio.name.taken");
        }
        SkillStudio studio = new SkillStudio();
        studio.write(details);
        studios.saveAndFlush(studio);
        audit.record("studio.create", SUBJECT_TYPE, studio.getId(), studio.getName());
        return studio.getId();
    }

    private void check(StudioDetails d, DataScope scope) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        if (d.host() == null || d.host().isBlank()) {
            throw new RuleViolation("host", "NotBlank");
        }
        regions.checkWithin(d.regionCode(), scope);
        if (d.occupationCode() != null && !d.occupationCode().isBlank() && occupations.find(d.occupationCode()).isEmpty()) {
            throw new RuleViolation("occupationCode", "course.occupation.unknown");
        }
        if (d.brandId() != null && brands.names(List.of(d.brandId())).isEmpty()) {
            throw new RuleViolation("brandId", "course.brand.unknown");
        }
    }
}
