package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 二(二)2 用工信息对接: vacancies that employers elsewhere post through a Jilin region, for its trained brand workers. */
@Service
public class VacancyService {

    private static final BigDecimal PAY_LIMIT = new BigDecimal("100000000");

    private final VacancyRepository vacancies;
    private final PlacementRepository placements;
    private final FollowUpRepository followUps;
    private final VacancyHeadcount headcount;
    private final Workflows workflows;
    private final WorkflowHistory history;
    private final InboundBaseRepository bases;
    private final RegionService regions;
    private final OccupationService occupations;
    private final AuditService audit;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, PlacementRepository placements, FollowUpRepository followUps, VacancyHeadcount headcount,
                   Workflows workflows, WorkflowHistory history, InboundBaseRepository bases, RegionService regions,
                   OccupationService occupations, AuditService audit, Clock clock) {
        this.vacancies = vacancies;
        this.placements = placements;
        this.followUps = followUps;
        this.headcount = headcount;
        this.workflows = workflows;
        this.history = history;
        this.bases = bases;
        this.regions = regions;
        this.occupations = occupations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Vacancies within the scope; {@code status} keeps one state (all when null); {@code followUpDue} keeps those with
     * a placement that waits for a follow-up.
     */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Page<Vacancy> search(String occupationCode, Collection<String> regionCodes, VacancyStatus status, boolean followUpDue, DataScope scope,
                                Pageable pageable) {
        return vacancies.findAll(filter(occupationCode, regionCodes, status, followUpDue), scope, pageable);
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional
    public List<Vacancy> export(String occupationCode, Collection<String> regionCodes, VacancyStatus status, boolean followUpDue, DataScope scope) {
        List<Vacancy> rows = vacancies.findAll(filter(occupationCode, regionCodes, status, followUpDue), scope,
                Sort.by(Sort.Order.desc("postedOn"), Sort.Order.asc("id")));
        audit.record("cooperation.vacancy.export", Vacancy.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Vacancy get(long id, DataScope scope) {
        return vacancies.getById(id, scope);
    }

    /** Records a vacancy of a region within the caller's scope. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public long register(VacancyDetails details, DataScope scope) {
        check(details, scope);
        Vacancy vacancy = new Vacancy();
        vacancy.write(details);
        vacancies.saveAndFlush(vacancy);
        audit.record("cooperation.vacancy.create", Vacancy.SUBJECT_TYPE, vacancy.getId(), vacancy.getEmployer() + " places=" + vacancy.getPlaces());
        // others sent may already take every place
        headcount.follow(vacancy);
        return vacancy.getId();
    }

    /** Changes a vacancy, refusing a stale page and fewer places than are already filled. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void update(long id, long shownVersion, VacancyDetails details, DataScope scope) {
        Vacancy vacancy = vacancies.getById(id, scope);
        vacancy.requireVersion(shownVersion);
        check(details, scope);
        if (headcount.placed(id) + headcount(details) > details.places()) {
            throw new RuleViolation("places", "cooperation.places.filled");
        }
        String regionBefore = vacancy.getRegionCode();
        vacancy.write(details);
        if (!regionBefore.equals(vacancy.getRegionCode())) {
            // a placement and its follow-ups belong to the vacancy's region: they move with it
            carryRegion(id, vacancy.getRegionCode());
        }
        headcount.follow(vacancy);
        vacancies.saveAndFlush(vacancy);
        audit.record("cooperation.vacancy.edit", Vacancy.SUBJECT_TYPE, id, vacancy.getEmployer() + " places=" + vacancy.getPlaces()
                + (regionBefore.equals(vacancy.getRegionCode()) ? "" : " region " + regionBefore + "→" + vacancy.getRegionCode()));
    }

    /** 二(二)2: a keeper closes an open or filled vacancy by hand, giving the reason; it then takes no placement. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void close(long id, long shownVersion, String reason, DataScope scope) {
        Vacancy vacancy = vacancies.getById(id, scope);
        if (reason != null && reason.strip().length() > 500) {
            throw new RuleViolation("comment", "cooperation.close.reasonTooLong");
        }
        workflows.take(VacancyWorkflow.TABLE, VacancyAction.CLOSE, vacancy, shownVersion, reason);
        vacancies.saveAndFlush(vacancy);
    }

    /** Whether the signed-in keeper may close the vacancy now (its page's button). */
    public boolean mayClose(Vacancy vacancy) {
        return workflows.may(VacancyWorkflow.TABLE, VacancyAction.CLOSE, vacancy);
    }

    /** The vacancy's history (filled, reopened, closed with the reason), oldest first; 404 outside the scope. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        vacancies.getById(id, scope);
        return history.steps(Vacancy.SUBJECT_TYPE, id);
    }

    private Specification<Vacancy> filter(String occupationCode, Collection<String> regionCodes, VacancyStatus status, boolean followUpDue) {
        LocalDate today = LocalDate.now(clock);
        return (root, q, cb) -> {
            var due = cb.conjunction();
            if (followUpDue) {
                var waiting = q.subquery(Long.class);
                var placement = waiting.from(Placement.class);
                waiting.select(placement.get("vacancyId")).where(PlacementService.waitingForFollowUp(placement, waiting, cb, today));
                due = cb.and(root.get("id").in(waiting));
            }
            return cb.and(
                    Text.blank(occupationCode) ? cb.conjunction() : cb.equal(root.get("occupationCode"), occupationCode),
                    regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes),
                    status == null ? cb.conjunction() : cb.equal(root.get("status"), status),
                    due);
        };
    }

    private void carryRegion(long vacancyId, String regionCode) {
        List<Placement> moved = placements.findAll((root, q, cb) -> cb.equal(root.get("vacancyId"), vacancyId), DataScope.province(), Sort.by("id"));
        moved.forEach(p -> p.carryRegion(regionCode));
        List<Long> ids = moved.stream().map(Placement::getId).toList();
        if (!ids.isEmpty()) {
            followUps.findAll((root, q, cb) -> root.get("placementId").in(ids), DataScope.province(), Sort.by("id"))
                    .forEach(f -> f.carryRegion(regionCode));
        }
    }

    private static int headcount(VacancyDetails d) {
        return d.otherHeadcount() == null ? 0 : d.otherHeadcount();
    }

    private void check(VacancyDetails d, DataScope scope) {
        regions.checkWithin(d.regionCode(), scope);
        if (Text.blank(d.employer())) {
            throw new RuleViolation("employer", "NotBlank");
        }
        if (Text.blank(d.occupationCode())) {
            throw new RuleViolation("occupationCode", "NotBlank");
        }
        if (occupations.find(d.occupationCode()).isEmpty()) {
            throw new RuleViolation("occupationCode", "course.occupation.unknown");
        }
        if (d.places() == null) {
            throw new RuleViolation("places", "NotNull");
        }
        if (d.places() <= 0) {
            throw new RuleViolation("places", "cooperation.places.positive");
        }
        pay("payMin", d.payMin());
        pay("payMax", d.payMax());
        if (d.payMax().compareTo(d.payMin()) < 0) {
            throw new RuleViolation("payMax", "cooperation.pay.order");
        }
        if (Text.blank(d.place())) {
            throw new RuleViolation("place", "NotBlank");
        }
        if (d.inboundBaseId() != null && bases.findById(d.inboundBaseId(), scope).isEmpty()) {
            throw new RuleViolation("inboundBaseId", "cooperation.inboundBase.unknown");
        }
        if (d.postedOn() == null) {
            throw new RuleViolation("postedOn", "NotNull");
        }
        if (d.closesOn() != null && d.closesOn().isBefore(d.postedOn())) {
            throw new RuleViolation("closesOn", "cooperation.dates.order");
        }
        if (headcount(d) < 0) {
            throw new RuleViolation("otherHeadcount", "cooperation.headcount.negative");
        }
        if (headcount(d) > d.places()) {
            throw new RuleViolation("otherHeadcount", "cooperation.places.filled");
        }
    }

    private static void pay(String field, BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolation(field, "NotNull");
        }
        if (amount.signum() < 0 || amount.compareTo(PAY_LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "cooperation.pay.invalid");
        }
    }
}
