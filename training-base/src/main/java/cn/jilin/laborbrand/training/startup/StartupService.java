package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.crypto.PersonalDataLookups;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(三)1 支持创新创业: the register of start-ups founded by brand workers, with the jobs they created, their guaranteed
 * loans and tax relief. The founder's resident ID and phone are kept encrypted and leave only masked.
 */
@Service
public class StartupService {

    /**
     * Finding start-ups by their founder's full resident ID confirms who holds it: a reveal-class lookup like the
     * trainee's (same permission, and the same per-account limit over all resident-ID lookups), audited without the ID.
     */
    public static final PersonalDataLookups.Kind FOUNDER_LOOKUP = new PersonalDataLookups.Kind("startup.founder.lookup",
            TraineeLookupService.RESIDENT_ID_LOOKUP.permission(), TraineeLookupService.RESIDENT_ID_LOOKUP.limit());

    /** Money fits numeric(14,2): at most twelve digits before the point. */

    private final StartupRepository startups;
    private final RegionService regions;
    private final BrandService brands;
    private final IncubatorService incubators;
    private final CourseService courses;
    private final TraineeService trainees;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final WorkflowHistory history;
    private final PersonalDataLookups lookups;
    private final Clock clock;
    private final StartupChecks checks;

    StartupService(StartupRepository startups, RegionService regions, BrandService brands, IncubatorService incubators, CourseService courses,
                   TraineeService trainees, PersonalDataCipher cipher, AuditService audit, WorkflowHistory history, PersonalDataLookups lookups,
                   Clock clock, StartupChecks checks) {
        this.checks = checks;
        this.courses = courses;
        this.trainees = trainees;
        this.startups = startups;
        this.regions = regions;
        this.brands = brands;
        this.incubators = incubators;
        this.cipher = cipher;
        this.audit = audit;
        this.history = history;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** The filtered page of start-ups within the caller's scope, founders masked. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public Page<StartupView> search(StartupFilter filter, DataScope scope, Pageable pageable) {
        return startups.findAll(filter.toSpecification(), scope, pageable).map(this::view);
    }

    /** The filtered list for an Excel export, founders masked; the export is recorded. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional
    public List<StartupView> export(StartupFilter filter, DataScope scope) {
        List<StartupView> rows = startups.findAll(filter.toSpecification(), scope, Sort.by("regionCode", "name", "id")).stream().map(this::view).toList();
        audit.record("startup.export", Startup.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A start-up, or 404 when it does not exist or lies outside the caller's scope. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public StartupView get(long id, DataScope scope) {
        return view(startups.getById(id, scope));
    }

    /** A start-up's history (registered, changed, training linked), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(Startup.SUBJECT_TYPE, startups.getById(id, scope).getId());
    }

    /**
     * The start-ups within the scope whose founder holds this full resident ID (二(三)1: one founder, every business of
     * theirs). Reveal-class: permission, limit and audit as {@link #FOUNDER_LOOKUP}; an invalid ID is refused in words.
     */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<StartupView> findByFounder(String residentId, DataScope scope) {
        lookups.admit(FOUNDER_LOOKUP, Startup.SUBJECT_TYPE, null);
        String index;
        try {
            index = cipher.blindIndex(ResidentId.of(residentId == null ? "" : residentId).value());
        } catch (InvalidCodeException e) {
            throw new RuleViolation("founderResidentId", e.messageKey());
        }
        List<StartupView> found = startups.findAll((root, q, cb) -> cb.equal(root.get("founderResidentIdIndex"), index), scope,
                Sort.by(Sort.Order.desc("foundedOn"), Sort.Order.asc("id"))).stream().map(this::view).toList();
        lookups.answered(FOUNDER_LOOKUP, Startup.SUBJECT_TYPE, null, 1, found.size());
        return found;
    }

    /** 二(三)1: a start-up within the scope as the evidence of a subsidy claim (404 outside the scope). */
    @PreAuthorize("hasAuthority('subsidy:claim') or hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public StartupFounder founder(long id, DataScope scope) {
        return founder(startups.getById(id, scope));
    }

    /** Up to {@code limit} start-ups within the scope whose name contains {@code text}, newest first (the claim form's type-ahead). */
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional(readOnly = true)
    public List<StartupFounder> founders(String text, DataScope scope, int limit) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Specification<Startup> named = (root, q, cb) -> like == null ? cb.conjunction() : cb.like(cb.lower(root.get("name")), like, '\\');
        return startups.findAll(named, scope, PageRequest.of(0, limit, Sort.by(Sort.Order.desc("foundedOn"), Sort.Order.asc("id"))))
                .map(this::founder).getContent();
    }

    /** Guaranteed loans whose term ends between today and {@code days} days on, within the scope (the work list). */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<StartupView> loansEnding(int days, DataScope scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        Specification<Startup> ending = (root, q, cb) -> cb.between(root.get("loanDueOn"), today, today.plusDays(days));
        return startups.findAll(ending, scope, PageRequest.of(0, limit, Sort.by("loanDueOn", "id"))).map(this::view).getContent();
    }

    /** Registers a start-up in a region of the caller's scope. */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional
    public long register(StartupDetails details, DataScope scope) {
        checks.check(details, scope);
        if (startups.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "startup.name.taken");
        }
        if (details.founderResidentId() == null || details.founderResidentId().isBlank()) {
            throw new RuleViolation("founderResidentId", "NotBlank");
        }
        ResidentId id = residentId(details.founderResidentId());
        Startup startup = new Startup(cipher.encrypt(id.value()), cipher.blindIndex(id.value()));
        startup.write(StartupChecks.normalised(details), phoneCipher(details.founderPhone(), null));
        startups.saveAndFlush(startup);
        // never the founder's identity in the history (audited there)
        history.recordChange(Startup.SUBJECT_TYPE, startup.getId(), "create", startup.getName());
        return startup.getId();
    }

    /** Changes a start-up the caller may see, on the version the page was shown with; a blank ID or phone keeps the stored one. */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional
    public void update(long id, long shownVersion, StartupDetails details, DataScope scope) {
        Startup startup = startups.getById(id, scope);
        startup.requireVersion(shownVersion);
        checks.check(details, scope);
        if (startups.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "startup.name.taken");
        }
        Map<String, String> before = describe(startup, scope);
        String founderBefore = founderIdentity(startup);
        if (details.founderResidentId() != null && !details.founderResidentId().isBlank()) {
            ResidentId resident = residentId(details.founderResidentId());
            startup.founder(cipher.encrypt(resident.value()), cipher.blindIndex(resident.value()));
        }
        startup.write(StartupChecks.normalised(details), phoneCipher(details.founderPhone(), startup.getFounderPhoneCipher()));
        startups.saveAndFlush(startup);
        List<String> changes = new ArrayList<>(RecordChanges.between(before, describe(startup, scope), Set.of()));
        if (!founderBefore.equals(founderIdentity(startup))) {
            changes.add("创业者身份信息已更新"); // that it changed, never what it was or is
        }
        if (!changes.isEmpty()) {
            history.recordChange(Startup.SUBJECT_TYPE, id, "edit", String.join("；", changes));
        }
    }

    /**
     * The finished courses within the scope that the start-up's founder attended (by the blind index of the ID): what its
     * start-up training may be linked to, latest first.
     */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional(readOnly = true)
    public List<TrainingCourse> founderCourses(long id, DataScope scope) {
        Startup startup = startups.getById(id, scope);
        return trainees.courseIdsOf(startup.getFounderResidentIdIndex(), scope).stream()
                .map(courseId -> courses.get(courseId, scope)) // the trainee is within the scope, and so is its course
                .filter(c -> c.getStatus() == CourseStatus.FINISHED)
                .sorted(java.util.Comparator.comparing(TrainingCourse::getEndDate).reversed()).toList();
    }

    /** Links the founder's start-up training to a finished course of the scope that the founder attended. */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional
    public void linkTrainingCourse(long id, long shownVersion, Long courseId, DataScope scope) {
        Startup startup = startups.getById(id, scope);
        startup.requireVersion(shownVersion);
        TrainingCourse course = courseId == null ? null : founderCourses(id, scope).stream()
                .filter(c -> c.getId().equals(courseId)).findFirst().orElse(null);
        if (course == null) {
            throw new RuleViolation("courseId", "startup.course.notAttended");
        }
        startup.trainedIn(course.getId(), course.getEndDate());
        startups.saveAndFlush(startup);
        history.recordChange(Startup.SUBJECT_TYPE, id, "training.link", "创业培训班：" + course.getName() + "（结业 " + course.getEndDate() + "）");
    }

    /** Start-ups and jobs by region, for the plan's figures. */
    List<StartupCount> countByRegion() {
        return startups.countByRegion();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    /**
     * A start-up as its history tells it, field by field in a clerk's words, with regions, brands and carriers by name.
     * Never the founder: their name, ID and phone stay out of the history.
     */
    private Map<String, String> describe(Startup s, DataScope scope) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("名称", s.getName());
        d.put("所在地区", regions.name(s.getRegionCode()));
        BrandName brand = s.getBrandId() == null ? null : brands.names(List.of(s.getBrandId())).get(s.getBrandId());
        d.put("所属劳务品牌", brand == null ? null : brand.name());
        d.put("成立日期", Objects.toString(s.getFoundedOn(), null));
        d.put("带动就业人数", String.valueOf(s.getJobsCreated()));
        d.put("创业培训", s.isStartupTraining() ? (s.getStartupTrainingOn() == null ? "已参加" : "已参加（" + s.getStartupTrainingOn() + "）") : "未参加");
        d.put("贷款银行", s.getLoanBank());
        d.put("贷款金额（元）", s.getLoanAmount() == null ? null : s.getLoanAmount().toPlainString());
        d.put("放款日期", Objects.toString(s.getLoanGrantedOn(), null));
        d.put("贷款期限（月）", Objects.toString(s.getLoanTermMonths(), null));
        d.put("贴息金额（元）", s.getLoanInterestSubsidy() == null ? null : s.getLoanInterestSubsidy().toPlainString());
        d.put("税费减免（元）", s.getTaxRelief() == null ? null : s.getTaxRelief().toPlainString());
        d.put("孵化载体", s.getIncubatorId() == null ? null
                : incubators.names(List.of(s.getIncubatorId()), scope).getOrDefault(s.getIncubatorId(), "载体#" + s.getIncubatorId()));
        return d;
    }

    /** Who founded it, to tell whether that changed (compared in memory only; the phone's cipher differs on every write). */
    private String founderIdentity(Startup s) {
        return s.getFounderName() + "|" + s.getFounderResidentIdIndex() + "|"
                + (s.getFounderPhoneCipher() == null ? "" : cipher.decrypt(s.getFounderPhoneCipher()));
    }



    private StartupView view(Startup s) {
        String residentId = Masking.residentId(cipher.decrypt(s.getFounderResidentIdCipher()));
        String phone = s.getFounderPhoneCipher() == null ? "" : Masking.phone(cipher.decrypt(s.getFounderPhoneCipher()));
        return new StartupView(s.getId(), s.getName(), s.getRegionCode(), s.getBrandId(), s.getFoundedOn(), s.getJobsCreated(), s.getFounderName(),
                residentId, phone, s.isStartupTraining(), s.getStartupTrainingOn(), s.getTrainingCourseId(), s.getLoanBank(), s.getLoanAmount(), s.getLoanGrantedOn(),
                s.getLoanTermMonths(), s.getLoanDueOn(), s.getLoanInterestSubsidy(), s.getTaxRelief(), s.getIncubatorId(), s.isDemo(), s.getVersion());
    }

    private StartupFounder founder(Startup s) {
        return new StartupFounder(s.getId(), s.getName(), s.getRegionCode(), s.getBrandId(), s.getFoundedOn(), s.getFounderName(),
                s.getFounderResidentIdCipher(), s.getFounderResidentIdIndex(), s.getLoanBank() != null, s.getLoanGrantedOn());
    }

    private static ResidentId residentId(String input) {
        try {
            return ResidentId.of(input);
        } catch (InvalidCodeException e) {
            throw new RuleViolation("founderResidentId", e.messageKey());
        }
    }

    private String phoneCipher(String input, String stored) {
        String phone = input == null ? "" : input.replaceAll("[\\s-]", "");
        if (phone.isEmpty()) {
            return stored;
        }
        if (phone.length() > 20 || !InstitutionService.PHONE.matcher(phone).matches()) {
            throw new RuleViolation("founderPhone", "training.phone.format");
        }
        return cipher.encrypt(phone);
    }
}
