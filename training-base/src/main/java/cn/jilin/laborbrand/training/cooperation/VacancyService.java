package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
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
    private final InboundBaseRepository bases;
    private final RegionService regions;
    private final OccupationService occupations;
    private final AuditService audit;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, PlacementRepository placements, InboundBaseRepository bases, RegionService regions,
                   OccupationService occupations, AuditService audit, Clock clock) {
        this.vacancies = vacancies;
        this.placements = placements;
        this.bases = bases;
        this.regions = regions;
        this.occupations = occupations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Vacancies within the scope; {@code followUpDue} keeps those with a placement that waits for a follow-up. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Page<Vacancy> search(String occupationCode, Collection<String> regionCodes, boolean followUpDue, DataScope scope, Pageable pageable) {
        return vacancies.findAll(filter(occupationCode, regionCodes, followUpDue), scope, pageable);
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional
    public List<Vacancy> export(String occupationCode, Collection<String> regionCodes, boolean followUpDue, DataScope scope) {
        List<Vacancy> rows = vacancies.findAll(filter(occupationCode, regionCodes, followUpDue), scope, Sort.by(Sort.Order.desc("postedOn"), Sort.Order.asc("id")));
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
        return vacancy.getId();
    }

    /** Changes a vacancy, refusing a stale page and fewer places than are already filled. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void update(long id, long shownVersion, VacancyDetails details, DataScope scope) {
        Vacancy vacancy = vacancies.getById(id, scope);
        vacancy.requireVersion(shownVersion);
        check(details, scope);
        long placed = placements.count((root, q, cb) -> cb.equal(root.get("vacancyId"), id), DataScope.province());
        if (placed + headcount(details) > details.places()) {
            throw new RuleViolation("places", "cooperation.places.filled");
        }
        vacancy.write(details);
        vacancies.saveAndFlush(vacancy);
        audit.record("cooperation.vacancy.edit", Vacancy.SUBJECT_TYPE, id, vacancy.getEmployer() + " places=" + vacancy.getPlaces());
    }

    private Specification<Vacancy> filter(String occupationCode, Collection<String> regionCodes, boolean followUpDue) {
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
                    due);
        };
    }

    private static int headcount(VacancyDetails d) {
        return d.otherHeadcount() == null ? 0 : d.otherHeadcount();
    }

    private void check(VacancyDetails d, DataScope scope) {
        Cooperation.checkRegion(regions, d.regionCode(), scope);
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
