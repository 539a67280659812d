package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.training.trainee.MaskedTrainee;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)2: trained brand workers matched to a vacancy — the candidates (trainees of the vacancy's region, within the
 * caller's scope, who finished a course of its occupation; masked), their placement and the follow-up service after it.
 */
@Service
public class PlacementService {

    /** A placement waits for a follow-up when it is this old and has had none for as long. */
    public static final int FOLLOW_UP_DAYS = 30;
    static final int CANDIDATES = 100;

    private final VacancyRepository vacancies;
    private final PlacementRepository placements;
    private final FollowUpRepository followUps;
    private final OutboundOfficeRepository offices;
    private final TraineeService trainees;
    private final RegionService regions;
    private final VacancyHeadcount headcount;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;
    private final EntityManager entityManager;

    PlacementService(VacancyRepository vacancies, PlacementRepository placements, FollowUpRepository followUps, OutboundOfficeRepository offices,
                     TraineeService trainees, RegionService regions, VacancyHeadcount headcount, WorkflowHistory history, AuditService audit,
                     Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.headcount = headcount;
        this.history = history;
        this.vacancies = vacancies;
        this.placements = placements;
        this.followUps = followUps;
        this.offices = offices;
        this.trainees = trainees;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The candidates of a vacancy, masked, not yet placed on it. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<MaskedTrainee> candidates(long vacancyId, DataScope scope) {
        Vacancy vacancy = vacancies.getById(vacancyId, scope);
        List<Long> placed = placementsOf(vacancyId, scope).stream().map(Placement::getTraineeId).toList();
        List<Trainee> found = trainees.finishedIn(vacancy.getOccupationCode(), regions.coveredCodes(vacancy.getRegionCode()), null, scope, CANDIDATES);
        return trainees.masked(found.stream().filter(t -> !placed.contains(t.getId())).toList());
    }

    /** A vacancy's placements, by date. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<Placement> placements(long vacancyId, DataScope scope) {
        vacancies.getById(vacancyId, scope);
        return placementsOf(vacancyId, scope);
    }

    /** The placed people of a vacancy by placement id, masked; those outside the caller's scope are absent. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Map<Long, MaskedTrainee> people(List<Placement> of, DataScope scope) {
        Map<Long, MaskedTrainee> people = new HashMap<>();
        if (of.isEmpty()) {
            return people;
        }
        Map<Long, Trainee> byId = new HashMap<>();
        for (Trainee t : trainees.within(of.stream().map(Placement::getTraineeId).toList(), scope)) {
            byId.put(t.getId(), t);
        }
        for (Placement p : of) {
            Trainee t = byId.get(p.getTraineeId());
            if (t != null) {
                people.put(p.getId(), trainees.masked(t));
            }
        }
        return people;
    }

    /** The follow-ups of a vacancy's placements, newest first. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<FollowUp> followUps(long vacancyId, DataScope scope) {
        vacancies.getById(vacancyId, scope);
        return followUps.findAll((root, q, cb) -> {
            var ids = q.subquery(Long.class);
            var p = ids.from(Placement.class);
            ids.select(p.get("id")).where(cb.equal(p.get("vacancyId"), vacancyId));
            return root.get("placementId").in(ids);
        }, scope, Sort.by(Sort.Order.desc("servedOn"), Sort.Order.desc("id")));
    }

    /** Places a candidate of the vacancy (a trainee the caller sees, trained for its occupation) on it. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public long place(long vacancyId, Long traineeId, LocalDate placedOn, DataScope scope) {
        Vacancy vacancy = vacancies.getById(vacancyId, scope);
        // two officers placing on one vacancy at once: the second waits for the first and counts its placement (no
        // vacancy over its places, and the status follows both)
        entityManager.refresh(vacancy, LockModeType.PESSIMISTIC_WRITE);
        if (!vacancy.isOpen()) {
            throw new RuleViolation("traineeId", "cooperation.vacancy.notOpen." + vacancy.getStatus());
        }
        if (traineeId == null) {
            throw new RuleViolation("traineeId", "NotNull");
        }
        if (placedOn == null) {
            throw new RuleViolation("placedOn", "NotNull");
        }
        if (placedOn.isBefore(vacancy.getPostedOn())) {
            throw new RuleViolation("placedOn", "cooperation.placedOn.beforePosted");
        }
        if (trainees.finishedIn(vacancy.getOccupationCode(), regions.coveredCodes(vacancy.getRegionCode()), traineeId, scope, 1).isEmpty()) {
            throw new RuleViolation("traineeId", "cooperation.trainee.notCandidate");
        }
        if (placements.existsByVacancyIdAndTraineeId(vacancyId, traineeId)) {
            throw new RuleViolation("traineeId", "cooperation.trainee.placed");
        }
        if (headcount.placed(vacancyId) + vacancy.getOtherHeadcount() >= vacancy.getPlaces()) {
            throw new RuleViolation("traineeId", "cooperation.places.full");
        }
        Placement placement = new Placement(vacancy, traineeId, placedOn);
        placements.saveAndFlush(placement);
        // the person by id only: a name or an ID never goes into the audit log
        audit.record("cooperation.placement.create", Placement.SUBJECT_TYPE, placement.getId(), "vacancy=" + vacancyId + " trainee=" + traineeId);
        headcount.follow(vacancy);
        vacancies.saveAndFlush(vacancy);
        return placement.getId();
    }

    /** Records a follow-up of a placement of this vacancy; the server is a person named or a resident office in scope. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public long followUp(long vacancyId, long placementId, FollowUpDetails d, DataScope scope) {
        Placement placement = placementOf(vacancyId, placementId, scope);
        check(placement, d, scope);
        FollowUp followUp = new FollowUp(placement, d);
        followUps.saveAndFlush(followUp);
        audit.record("cooperation.follow-up.create", Placement.SUBJECT_TYPE, placementId, "served on " + d.servedOn());
        return followUp.getId();
    }

    /**
     * Corrects a placement's date (the person stays: another person is another placement); the change goes to the
     * placement's history with what it was. Not before the vacancy was posted, nor after its first follow-up.
     */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void updatePlacement(long vacancyId, long placementId, long shownVersion, LocalDate placedOn, DataScope scope) {
        Placement placement = placementOf(vacancyId, placementId, scope);
        placement.requireVersion(shownVersion);
        Vacancy vacancy = vacancies.getById(vacancyId, scope);
        if (placedOn == null) {
            throw new RuleViolation("placedOn", "NotNull");
        }
        if (placedOn.isBefore(vacancy.getPostedOn())) {
            throw new RuleViolation("placedOn", "cooperation.placedOn.beforePosted");
        }
        LocalDate firstServed = followUps.findAll((root, q, cb) -> cb.equal(root.get("placementId"), placementId), DataScope.province(),
                Sort.by("servedOn")).stream().map(FollowUp::getServedOn).findFirst().orElse(null);
        if (firstServed != null && placedOn.isAfter(firstServed)) {
            throw new RuleViolation("placedOn", "cooperation.placedOn.afterFollowUp");
        }
        List<String> changes = new ArrayList<>();
        changed(changes, "上岗日期", placement.getPlacedOn(), placedOn);
        if (edited(Placement.SUBJECT_TYPE, placementId, changes)) {
            placement.correct(placedOn);
            placements.saveAndFlush(placement);
        }
    }

    /** Corrects a follow-up record by the rules of recording one; the change goes to its history with what it was. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void updateFollowUp(long vacancyId, long followUpId, long shownVersion, FollowUpDetails d, DataScope scope) {
        FollowUp followUp = followUps.getById(followUpId, scope);
        Placement placement = placementOf(vacancyId, followUp.getPlacementId(), scope);
        followUp.requireVersion(shownVersion);
        check(placement, d, scope);
        List<String> changes = new ArrayList<>();
        changed(changes, "服务日期", followUp.getServedOn(), d.servedOn());
        changed(changes, "服务人", followUp.getServerName(), Text.orNull(d.serverName()));
        changed(changes, "驻外机构", officeName(followUp.getOfficeId()), officeName(d.officeId()));
        changed(changes, "服务内容", followUp.getContent(), d.content().strip());
        if (edited(FollowUp.SUBJECT_TYPE, followUpId, changes)) {
            followUp.write(d);
            followUps.saveAndFlush(followUp);
        }
    }

    /** Writes an edit to the record's history (audited there) unless nothing changed; whether anything did. */
    private boolean edited(String subjectType, long id, List<String> changes) {
        if (changes.isEmpty()) {
            return false;
        }
        history.record(subjectType, id, "edit", CooperationChange.EDITED, CooperationChange.EDITED, String.join("；", changes));
        return true;
    }

    /** The edits of a vacancy's placements and follow-ups (who, when, what it was), by record id, oldest first. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public ChangeHistory changes(long vacancyId, DataScope scope) {
        Map<Long, List<WorkflowStep>> ofPlacements = new LinkedHashMap<>();
        Map<Long, List<WorkflowStep>> ofFollowUps = new LinkedHashMap<>();
        for (Placement p : placements(vacancyId, scope)) {
            List<WorkflowStep> steps = history.steps(Placement.SUBJECT_TYPE, p.getId());
            if (!steps.isEmpty()) {
                ofPlacements.put(p.getId(), steps);
            }
        }
        for (FollowUp f : followUps(vacancyId, scope)) {
            List<WorkflowStep> steps = history.steps(FollowUp.SUBJECT_TYPE, f.getId());
            if (!steps.isEmpty()) {
                ofFollowUps.put(f.getId(), steps);
            }
        }
        return new ChangeHistory(ofPlacements, ofFollowUps);
    }

    /** The edit steps of a vacancy's placements and of their follow-ups, by their ids. */
    public record ChangeHistory(Map<Long, List<WorkflowStep>> placements, Map<Long, List<WorkflowStep>> followUps) {
    }

    private Placement placementOf(long vacancyId, long placementId, DataScope scope) {
        vacancies.getById(vacancyId, scope);
        Placement placement = placements.getById(placementId, scope);
        if (placement.getVacancyId() != vacancyId) {
            throw new NotFoundException("placement", placementId);
        }
        return placement;
    }

    private String officeName(Long officeId) {
        return officeId == null ? null : offices.findById(officeId, DataScope.province()).map(OutboundOffice::getName).orElse(String.valueOf(officeId));
    }

    private static void changed(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + "：" + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private void check(Placement placement, FollowUpDetails d, DataScope scope) {
        if (d.servedOn() == null) {
            throw new RuleViolation("servedOn", "NotNull");
        }
        if (d.servedOn().isBefore(placement.getPlacedOn())) {
            throw new RuleViolation("servedOn", "cooperation.servedOn.beforePlaced");
        }
        if (Text.blank(d.serverName()) && d.officeId() == null) {
            throw new RuleViolation("serverName", "cooperation.server.required");
        }
        if (d.officeId() != null && offices.findById(d.officeId(), scope).isEmpty()) {
            throw new RuleViolation("officeId", "cooperation.office.unknown");
        }
        if (Text.blank(d.content())) {
            throw new RuleViolation("content", "NotBlank");
        }
    }

    /** How many placements within the scope wait for a follow-up (the work list's count, exact below {@code limit}). */
    @Transactional(readOnly = true)
    public long waitingForFollowUp(DataScope scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        return placements.countUpTo((root, q, cb) -> waitingForFollowUp(root, q, cb, today), scope, limit);
    }

    /** People placed through cooperation per region: distinct trainees placed plus the headcount of others sent. */
    @Transactional(readOnly = true)
    public List<PlacedByRegion> placedByRegion() {
        List<PlacedByRegion> rows = new java.util.ArrayList<>(placements.countPlacedByRegion());
        rows.addAll(vacancies.sumOtherHeadcountByRegion());
        return rows;
    }

    /** Placed at least {@link #FOLLOW_UP_DAYS} days ago, and no follow-up within that many days. */
    static Predicate waitingForFollowUp(Root<Placement> placement, AbstractQuery<?> query, CriteriaBuilder cb, LocalDate today) {
        LocalDate since = today.minusDays(FOLLOW_UP_DAYS);
        var recent = query.subquery(Long.class);
        var f = recent.from(FollowUp.class);
        recent.select(f.get("id")).where(cb.equal(f.get("placementId"), placement.get("id")), cb.greaterThan(f.get("servedOn"), since));
        return cb.and(cb.lessThanOrEqualTo(placement.get("placedOn"), since), cb.not(cb.exists(recent)));
    }

    private List<Placement> placementsOf(long vacancyId, DataScope scope) {
        return placements.findAll((root, q, cb) -> cb.equal(root.get("vacancyId"), vacancyId), scope, Sort.by("placedOn", "id"));
    }
}
