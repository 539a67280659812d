package cn.jilin.laborbrand.training.dispatch;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 劳务输出 (二(二)2): organised output of trainees to employers inside or outside Jilin, recorded by the city bureau of
 * origin. Later the basis of the one-time transport grant and the employment-service subsidy.
 */
@Service
public class DispatchService {

    static final String SUBJECT_TYPE = "labor_dispatch";

    private final LaborDispatchRepository dispatches;
    private final TraineeLookupService trainees;
    private final RegionService regions;
    private final AuditService audit;

    DispatchService(LaborDispatchRepository dispatches, TraineeLookupService trainees, RegionService regions, AuditService audit) {
        this.dispatches = dispatches;
        this.trainees = trainees;
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public Page<LaborDispatch> search(OrganiserKind kind, DataScope scope, Pageable pageable) {
        return dispatches.findAll((root, q, cb) -> kind == null ? cb.conjunction() : cb.equal(root.get("organiserKind"), kind), scope, pageable);
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional
    public List<LaborDispatch> export(DataScope scope) {
        List<LaborDispatch> rows = dispatches.findAll(null, scope, Sort.by(Sort.Order.desc("startDate")));
        audit.record("dispatch.export", SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public LaborDispatch get(long id, DataScope scope) {
        return dispatches.getById(id, scope);
    }

    /** Records a dispatch of the caller's region; every person must be a trainee the caller sees. */
    @PreAuthorize("hasAuthority('employment:edit')")
    @Transactional
    public long record(DispatchDetails details, DataScope scope) {
        check(details, scope);
        List<Trainee> people = trainees.resolve(details.residentIds() == null ? List.of() : details.residentIds(), "residentIds", scope);
        LaborDispatch dispatch = new LaborDispatch();
        dispatch.write(details, people.stream().map(Trainee::getId).toList());
        dispatches.saveAndFlush(dispatch);
        audit.record("dispatch.create", SUBJECT_TYPE, dispatch.getId(), dispatch.getEmployer() + " people=" + dispatch.getPeople());
        return dispatch.getId();
    }

    private void check(DispatchDetails d, DataScope scope) {
        if (d.organiserKind() == null) {
            throw new RuleViolation("organiserKind", "NotNull");
        }
        if (d.organiserName() == null || d.organiserName().isBlank()) {
            throw new RuleViolation("organiserName", "NotBlank");
        }
        regions.checkWithin(d.regionCode(), scope);
        boolean inside = d.destinationRegionCode() != null && !d.destinationRegionCode().isBlank();
        boolean outside = d.destinationOutside() != null && !d.destinationOutside().isBlank();
        if (inside == outside) {
            throw new RuleViolation("destinationRegionCode", "dispatch.destination.one");
        }
        if (inside && regions.find(d.destinationRegionCode()).isEmpty()) {
            throw new RuleViolation("destinationRegionCode", "region.unknown");
        }
        if (d.employer() == null || d.employer().isBlank()) {
            throw new RuleViolation("employer", "NotBlank");
        }
        if (d.startDate() == null) {
            throw new RuleViolation("startDate", "NotNull");
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new RuleViolation("endDate", "course.dates.order");
        }
    }
}
