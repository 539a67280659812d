package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course rosters (二(二)1): trainees added and changed one by one (an Excel roster is {@link RosterImportService}'s).
 * Resident IDs and phones are stored encrypted and shown masked ({@link MaskedTrainee}); {@code trainee:pii:reveal}
 * shows one ID in full, and each reveal is audited. Finding trainees by a full ID is {@link TraineeLookupService}'s.
 */
@Service
public class TraineeService {

    private final TraineeRepository trainees;
    private final CourseService courses;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    TraineeService(TraineeRepository trainees, CourseService courses, RegionService regions, PersonalDataCipher cipher, AuditService audit,
                   Clock clock) {
        this.trainees = trainees;
        this.courses = courses;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------------

    /** A course's roster, filtered by (part of) a name; a full resident ID is a lookup of its own. */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Page<Trainee> roster(long courseId, String name, DataScope scope, Pageable pageable) {
        TrainingCourse course = courses.get(courseId, scope);
        return trainees.findAll(ofCourse(course.getId()).and(named(name)), scope, pageable);
    }

    /** The roster for an Excel export (IDs and phones masked by the caller); the export is recorded. */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional
    public List<Trainee> exportRoster(long courseId, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        List<Trainee> rows = trainees.findAll(ofCourse(course.getId()), scope, Sort.by("id"));
        audit.record("trainee.export", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + rows.size());
        return rows;
    }

    /** The trainees of a course by the keyed hash of their resident ID, for matching imported certificates. */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Map<String, Trainee> byResidentIndex(long courseId, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        return trainees.findAll(ofCourse(course.getId()), scope, Sort.unsorted()).stream()
                .collect(Collectors.toMap(Trainee::getResidentIdIndex, t -> t, (a, b) -> a));
    }

    /** The keyed hash under which a resident ID is found. */
    public String blindIndex(ResidentId id) {
        return cipher.blindIndex(id.value());
    }

    /** A trainee, or 404 outside the scope. */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Trainee get(long id, DataScope scope) {
        return trainees.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public long count(long courseId, DataScope scope) {
        return trainees.count(ofCourse(courseId), scope);
    }

    /** A trainee as every page and export shows them, to everyone: {@link Masking#person} as of today, phone masked. */
    public MaskedTrainee masked(Trainee t) {
        LocalDate today = LocalDate.now(clock);
        Masking.Person person = Masking.person(ResidentId.of(cipher.decrypt(t.getResidentIdCipher())), t.getHomeRegionCode(), today);
        String phone = t.getPhoneCipher() == null ? "" : Masking.phone(cipher.decrypt(t.getPhoneCipher()));
        return new MaskedTrainee(t.getId(), t.getCourseId(), t.getName(), person, phone, t.getPriorityGroups(), t.getEmployer(),
                t.getEmployedSince(), t.getVersion());
    }

    public List<MaskedTrainee> masked(List<Trainee> trainees) {
        return trainees.stream().map(this::masked).toList();
    }

    /** Shows one resident ID in full to a holder of {@code trainee:pii:reveal}; the reveal is audited. */
    @PreAuthorize("hasAuthority('trainee:pii:reveal')")
    @Transactional
    public String revealResidentId(long id, DataScope scope) {
        Trainee trainee = trainees.getById(id, scope);
        audit.record("trainee.pii.reveal", Trainee.SUBJECT_TYPE, id, "resident ID shown in full");
        return cipher.decrypt(trainee.getResidentIdCipher());
    }

    /**
     * The names of those of these trainees that lie within the caller's scope, by id: a dispatch or referral of the
     * caller's region may list people of other regions, whom the caller does not see.
     */
    @PreAuthorize("hasAuthority('training:view') or hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, DataScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Trainee t : trainees.findAll((root, q, cb) -> root.get("id").in(ids), scope, Sort.by("name", "id"))) {
                names.put(t.getId(), t.getName());
            }
        }
        return names;
    }

    /**
     * 二(二)2: the trainees within the scope, of these regions, who finished a course of this occupation, by name — the
     * candidates of a cooperation vacancy (or, given an id, whether that trainee is one of them).
     */
    @PreAuthorize("hasAuthority('training:view') or hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<Trainee> finishedIn(String occupationCode, Collection<String> regionCodes, Long traineeId, DataScope scope, int limit) {
        if (occupationCode == null || regionCodes.isEmpty()) {
            return List.of();
        }
        Specification<Trainee> filter = (root, q, cb) -> {
            var courses = q.subquery(Long.class);
            var course = courses.from(TrainingCourse.class);
            courses.select(course.get("id")).where(cb.equal(course.get("occupationCode"), occupationCode),
                    cb.equal(course.get("status"), CourseStatus.FINISHED));
            return cb.and(root.get("regionCode").in(regionCodes), root.get("courseId").in(courses),
                    traineeId == null ? cb.conjunction() : cb.equal(root.get("id"), traineeId));
        };
        return trainees.findAll(filter, scope, PageRequest.of(0, Math.min(limit, 200), Sort.by("name", "id"))).getContent();
    }

    /** Those of these trainees that lie within the scope (a placement's people; the others are not shown). */
    @PreAuthorize("hasAuthority('training:view') or hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<Trainee> within(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return trainees.findAll((root, q, cb) -> root.get("id").in(ids), scope, Sort.by("id"));
    }

    /** Distinct persons trained per region (for the plan's figures; counts only). */
    @Transactional(readOnly = true)
    public List<PersonsByRegion> personsByRegion() {
        return trainees.countPersonsByRegion();
    }

    /**
     * Up to {@code limit} trainees of a course within the scope whose name contains {@code text}, by name: the
     * type-ahead of the certificate form. By name only: a resident ID is a reveal-class lookup of its own.
     */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public List<Trainee> options(long courseId, String text, DataScope scope, int limit) {
        TrainingCourse course = courses.get(courseId, scope);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return trainees.findAll(ofCourse(course.getId()).and(named(text)), scope,
                PageRequest.of(0, Math.min(limit, 50), Sort.by("name", "id"))).getContent();
    }

    // ---- writing ------------------------------------------------------------------------------------------------------

    /** Adds one trainee to a course the caller may edit; the same person may be on a course once. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public long add(long courseId, TraineeDetails details, DataScope scope) {
        TrainingCourse course = openCourse(courseId, scope);
        ResidentId id;
        try {
            id = ResidentId.of(details.residentId());
        } catch (InvalidCodeException e) {
            throw new RuleViolation("residentId", e.messageKey());
        }
        String index = cipher.blindIndex(id.value());
        if (trainees.existsByCourseIdAndResidentIdIndex(course.getId(), index)) {
            throw new RuleViolation("residentId", "trainee.duplicate.inCourse");
        }
        Trainee trainee = new Trainee(course.getId(), course.getOrganisationId(), course.getRegionCode(), id, cipher.encrypt(id.value()), index);
        write(trainee, details);
        trainees.saveAndFlush(trainee);
        audit.record("trainee.create", Trainee.SUBJECT_TYPE, trainee.getId(), "course " + courseId);
        return trainee.getId();
    }

    /** Changes name, phone, home region, priority groups or outcome (the ID stays: a wrong one means a new entry). */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public void update(long id, long shownVersion, TraineeDetails details, DataScope scope) {
        Trainee trainee = trainees.getById(id, scope);
        trainee.requireVersion(shownVersion);
        write(trainee, details);
        trainees.saveAndFlush(trainee);
        audit.record("trainee.edit", Trainee.SUBJECT_TYPE, id, "course " + trainee.getCourseId());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private TrainingCourse openCourse(long courseId, DataScope scope) {
        return open(courses.get(courseId, scope));
    }

    /** A course people may be added to: not cancelled. */
    static TrainingCourse open(TrainingCourse course) {
        if (course.getStatus() == CourseStatus.CANCELLED) {
            throw new RuleViolation("trainee.course.cancelled");
        }
        return course;
    }

    private void write(Trainee trainee, TraineeDetails d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        String phone = d.phone() == null ? "" : d.phone().replaceAll("[\\s-]", "");
        String phoneCipher;
        if (phone.isEmpty()) {
            phoneCipher = trainee.getPhoneCipher();
        } else if (InstitutionService.PHONE.matcher(phone).matches()) {
            phoneCipher = cipher.encrypt(phone);
        } else {
            throw new RuleViolation("phone", "training.phone.format");
        }
        // pages show only the province of a home region, so an edit left blank keeps the stored one
        String home = d.homeRegionCode() == null || d.homeRegionCode().isBlank() ? trainee.getHomeRegionCode() : d.homeRegionCode().strip();
        if (home != null && regions.find(home).isEmpty()) {
            throw new RuleViolation("homeRegionCode", "trainee.homeRegion.unknown");
        }
        String employer = Text.orNull(d.employer());
        if (d.employedSince() != null && employer == null) {
            throw new RuleViolation("employer", "trainee.employer.required");
        }
        trainee.write(d.name().strip(), phoneCipher, home, d.priorityGroups(), employer, d.employedSince());
    }

    private static Specification<Trainee> ofCourse(long courseId) {
        return (root, query, cb) -> cb.equal(root.get("courseId"), courseId);
    }

    private static Specification<Trainee> named(String name) {
        return (root, query, cb) -> {
            if (name == null || name.isBlank()) {
                return cb.conjunction();
            }
            return cb.like(root.get("name"), "%" + name.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%");
        };
    }

    /** The courses within the scope that the person with this blind index attended (a start-up founder's training, 二(三)1). */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public List<Long> courseIdsOf(String residentIdIndex, DataScope scope) {
        if (residentIdIndex == null) {
            return List.of();
        }
        return trainees.findAll((root, query, cb) -> cb.equal(root.get("residentIdIndex"), residentIdIndex), scope, Sort.by("id"))
                .stream().map(Trainee::getCourseId).distinct().toList();
    }
}
