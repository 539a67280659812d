package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course rosters (二(二)1): trainees added one by one or imported from Excel, all or nothing. Resident IDs and phones
 * are stored encrypted and shown masked ({@link MaskedTrainee}); {@code trainee:pii:reveal} shows one ID in full, and
 * each reveal is audited. Finding trainees by a full ID is {@link TraineeLookupService}'s.
 */
@Service
public class TraineeService {

    /** Rows per multi-row INSERT of an import (16 parameters each, well under PostgreSQL's 32,767). */
    static final int BATCH_ROWS = 500;

    private final TraineeRepository trainees;
    private final CourseService courses;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TraineeService(TraineeRepository trainees, CourseService courses, RegionService regions, PersonalDataCipher cipher, AuditService audit,
                   JdbcTemplate jdbc, Clock clock) {
        this.trainees = trainees;
        this.courses = courses;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
        this.jdbc = jdbc;
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

    /** Distinct persons trained per region (for the plan's figures; counts only). */
    @Transactional(readOnly = true)
    public List<Object[]> personsByRegion() {
        return trainees.countPersonsByRegion();
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
        Trainee trainee = new Trainee(course.getId(), course.getOrganisationId(), course.getRegionCode(), id, cipher.encrypt(id.value()), index, false);
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

    /**
     * Imports a roster (the template's columns) into a course: all or nothing. A first pass reads the whole file and
     * checks every row (ID check character, phone, name, the same person twice in the file or already on the course);
     * any error rejects the file with the report. Only a clean file is read again and inserted, in batches, in this
     * transaction. The file is streamed both times, by the bounded reader: a file it refuses stores nothing.
     */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public ImportResult importRoster(long courseId, Path file, DataScope scope) {
        TrainingCourse course = openCourse(courseId, scope);
        Set<String> onCourse = new HashSet<>(trainees.findIndexesByCourseId(course.getId()));
        Set<String> regionCodes = regions.all().stream().map(Region::getCode).collect(Collectors.toSet());
        ErrorCollector errors = new ErrorCollector();
        Map<String, Integer> inFile = new HashMap<>();
        int[] rows = {0};
        boolean[] header = {false};
        try {
            XlsxReader.read(file, RosterColumns.TEMPLATE.limits(), (rowNumber, cells) -> {
                if (!header[0]) {
                    header[0] = true;
                    RosterColumns.TEMPLATE.checkHeader(rowNumber, cells, errors);
                    return;
                }
                rows[0]++;
                RosterRow row = RosterRows.parse(rowNumber, cells, regionCodes, errors);
                if (row == null) {
                    return;
                }
                String index = cipher.blindIndex(row.residentId().value());
                Integer earlier = inFile.putIfAbsent(index, rowNumber);
                if (earlier != null) {
                    errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), "roster.error.duplicateInFile", earlier);
                } else if (onCourse.contains(index)) {
                    errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), "roster.error.alreadyOnCourse");
                }
            });
        } catch (SpreadsheetRefusedException refused) {
            audit.record("trainee.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "file refused: " + refused.messageKey());
            return refused.result(RosterColumns.KEYS);
        }
        if (!header[0]) {
            errors.add(0, null, "import.file.empty");
        } else if (rows[0] == 0 && errors.isEmpty()) {
            errors.add(0, null, "import.file.noRows");
        }
        if (!errors.isEmpty()) {
            audit.record("trainee.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + rows[0] + " errors=" + errors.rejected().errorCount());
            return errors.rejected();
        }
        List<Object[]> batch = new ArrayList<>(BATCH_ROWS);
        boolean[] skipHeader = {true};
        int[] stored = {0};
        Long actor = AuditActor.current().accountId();
        XlsxReader.read(file, RosterColumns.TEMPLATE.limits(), (rowNumber, cells) -> {
            if (skipHeader[0]) {
                skipHeader[0] = false;
                return;
            }
            RosterRow row = RosterRows.parse(rowNumber, cells, regionCodes, new ErrorCollector());
            batch.add(values(course, row, actor, false));
            if (batch.size() == BATCH_ROWS) {
                stored[0] += insert(batch);
            }
        });
        stored[0] += insert(batch);
        audit.record("trainee.import", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + stored[0]);
        return ImportResult.stored(stored[0]);
    }

    /** Adds generated trainees for the demo (marked as such) in one batch; those already on the course are skipped. */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public int addDemo(long courseId, List<TraineeDetails> people) {
        TrainingCourse course = courses.get(courseId, DataScope.province());
        Set<String> onCourse = new HashSet<>(trainees.findIndexesByCourseId(courseId));
        List<Object[]> batch = new ArrayList<>();
        int stored = 0;
        for (TraineeDetails d : people) {
            ResidentId id = ResidentId.of(d.residentId());
            if (!onCourse.add(cipher.blindIndex(id.value()))) {
                continue;
            }
            batch.add(values(course, new RosterRow(d.name(), id, d.phone(), d.homeRegionCode(),
                    d.priorityGroups() == null ? Set.of() : d.priorityGroups(), d.employer(), d.employedSince()), null, true));
            if (batch.size() == BATCH_ROWS) {
                stored += insert(batch);
            }
        }
        stored += insert(batch);
        if (stored > 0) {
            audit.record("trainee.import", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + stored + " (demo)");
        }
        return stored;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private TrainingCourse openCourse(long courseId, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
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
        String employer = d.employer() == null || d.employer().isBlank() ? null : d.employer().strip();
        if (d.employedSince() != null && employer == null) {
            throw new RuleViolation("employer", "trainee.employer.required");
        }
        trainee.write(d.name().strip(), phoneCipher, home, d.priorityGroups(), employer, d.employedSince());
    }

    private Object[] values(TrainingCourse course, RosterRow row, Long actor, boolean demo) {
        String id = row.residentId().value();
        String phone = row.phone() == null || row.phone().isBlank() ? null : row.phone();
        return new Object[]{course.getId(), course.getOrganisationId(), course.getRegionCode(), row.name(), cipher.encrypt(id),
                cipher.blindIndex(id), Date.valueOf(row.residentId().birthDate()), row.residentId().sex().name(),
                phone == null ? null : cipher.encrypt(phone), row.homeRegionCode(), PriorityGroup.encode(row.groups()), row.employer(),
                row.employedSince() == null ? null : Date.valueOf(row.employedSince()), demo, actor, actor};
    }

    /** One multi-row INSERT of the batch, which is then emptied. */
    private int insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("insert into trainee (course_id, organisation_id, region_code, name, resident_id_cipher, "
                + "resident_id_index, birth_date, sex, phone_cipher, home_region_code, priority_groups, employer, employed_since, demo, "
                + "created_by, updated_by) values ");
        List<Object> args = new ArrayList<>(batch.size() * 16);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            args.addAll(nullSafe(batch.get(i)));
        }
        int n = batch.size();
        jdbc.update(sql.toString(), args.toArray());
        batch.clear();
        return n;
    }

    private static List<Object> nullSafe(Object[] values) {
        List<Object> list = new ArrayList<>(values.length);
        java.util.Collections.addAll(list, values);
        return list;
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

    /** Priority-group counts of a roster for the course page. */
    public static Map<PriorityGroup, Long> groupCounts(List<Trainee> roster) {
        Map<PriorityGroup, Long> counts = new LinkedHashMap<>();
        for (PriorityGroup g : PriorityGroup.values()) {
            counts.put(g, roster.stream().filter(t -> t.getPriorityGroups().contains(g)).count());
        }
        return counts;
    }
}
