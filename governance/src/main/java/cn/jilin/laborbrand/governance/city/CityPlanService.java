package cn.jilin.laborbrand.governance.city;

import cn.jilin.laborbrand.governance.task.PlanTaskCount;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三(一) in the cities: each prefecture-level unit records its leading group, its 推进落实方案 with the deadline, and its
 * work meetings; the province follows them all. A city officer reads and writes its own unit's only (the region scope
 * is in every query); a county code or a code outside the scope is not found.
 */
@Service
public class CityPlanService {

    static final String SUBJECT = "city_implementation";
    static final String MEETING_SUBJECT = "city_meeting";
    static final String PLAN_DOCUMENT = "plan";
    static final int PLAN_DOCUMENT_MB = 10;
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

    private final CityImplementationRepository records;
    private final CityMeetingRepository meetings;
    private final RegionService regions;
    private final TaskService tasks;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final Clock clock;

    CityPlanService(CityImplementationRepository records, CityMeetingRepository meetings, RegionService regions, TaskService tasks,
                    AttachmentService attachments, AuditService audit, Clock clock) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.records = records;
        this.meetings = meetings;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One prefecture-level unit as the register shows it: its record (null: nothing recorded yet), meetings, and the
     * tasks of its 推进落实方案 with how many are overdue.
     */
    public record CityLine(Region region, CityImplementation record, long meetingCount, LocalDate lastMeeting, long taskCount,
                           long overdueCount) {

        public CityPlanStatus status() {
            return record == null ? CityPlanStatus.NONE : record.getStatus();
        }
    }

    /** 三(一): every prefecture-level unit the caller sees (the province all eleven, a city its own), in the plan's order. */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public List<CityLine> overview(DataScope scope) {
        Map<String, CityImplementation> byRegion = records.findAll(all(), scope, Sort.by("id")).stream()
                .collect(Collectors.toMap(CityImplementation::getRegionCode, Function.identity()));
        Map<String, List<CityMeeting>> meetingsByRegion = meetings.findAll(all(), scope, NEWEST_FIRST).stream()
                .collect(Collectors.groupingBy(CityMeeting::getRegionCode));
        List<Region> units = regions.prefecturesWithin(scope);
        Map<String, PlanTaskCount> counts = tasks.countsByPlan(units.stream().map(Region::getCode).toList(), scope);
        return units.stream().map(region -> line(region, byRegion.get(region.getCode()),
                meetingsByRegion.getOrDefault(region.getCode(), List.of()), counts.get(region.getCode()))).toList();
    }

    /** A prefecture-level unit's line, or 404 for a county, an unknown code or a unit outside the scope. */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public CityLine line(String regionCode, DataScope scope) {
        Region region = prefecture(regionCode, scope);
        return line(region, find(region.getCode(), scope), meetings(region.getCode(), scope),
                tasks.countsByPlan(List.of(region.getCode()), scope).get(region.getCode()));
    }

    private static CityLine line(Region region, CityImplementation record, List<CityMeeting> held, PlanTaskCount count) {
        return new CityLine(region, record, held.size(), held.isEmpty() ? null : held.get(0).getHeldOn(),
                count == null ? 0 : count.tasks(), count == null ? 0 : count.overdue());
    }

    /** The files of the unit's 推进落实方案 as uploaded, newest first (404 as {@link #line}). */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public List<StoredFile> planDocuments(String regionCode, DataScope scope) {
        CityImplementation record = find(prefecture(regionCode, scope).getCode(), scope);
        if (record == null) {
            return List.of();
        }
        return attachments.files(SUBJECT, record.getId()).stream().filter(f -> PLAN_DOCUMENT.equals(f.purpose()))
                .sorted(java.util.Comparator.comparing(StoredFile::id).reversed()).toList();
    }

    /** One file of the unit's plan, or 404 (another unit's file included). */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public FileContent planDocument(String regionCode, long attachmentId, DataScope scope) {
        CityImplementation record = find(prefecture(regionCode, scope).getCode(), scope);
        if (record == null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.content(SUBJECT, record.getId(), attachmentId);
    }

    /**
     * Keeps the document of the unit's adopted 推进落实方案 (PDF or Word, at most {@value #PLAN_DOCUMENT_MB} MB); a later
     * upload becomes the current one and the earlier stay listed. Refused before a plan is recorded.
     */
    @PreAuthorize("hasAuthority('city-plan:manage')")
    @Transactional
    public long attachPlanDocument(String regionCode, String filename, byte[] content, DataScope scope) {
        CityImplementation record = find(prefecture(regionCode, scope).getCode(), scope);
        if (record == null || record.getPlanAdoptedOn() == null) {
            throw new RuleViolation("file", "city.plan.document.noPlan");
        }
        return attachments.store(SUBJECT, record.getId(), PLAN_DOCUMENT, filename, content, Set.of(FileType.PDF, FileType.DOCX),
                PLAN_DOCUMENT_MB * 1024L * 1024L, "file").id();
    }

    /** The unit's work meetings, newest first (404 as {@link #line}). */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public List<CityMeeting> meetings(String regionCode, DataScope scope) {
        String code = prefecture(regionCode, scope).getCode();
        return meetings.findAll(inRegion(code), scope, NEWEST_FIRST);
    }

    /** One of the unit's meetings, or 404. */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public CityMeeting meeting(String regionCode, long meetingId, DataScope scope) {
        String code = prefecture(regionCode, scope).getCode();
        return meetings.findById(meetingId, scope).filter(m -> m.getRegionCode().equals(code))
                .orElseThrow(() -> new NotFoundException("city meeting", meetingId));
    }

    /** Whether the unit has adopted its 推进落实方案 (false outside the scope). */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public boolean hasAdoptedPlan(String regionCode, DataScope scope) {
        CityImplementation record = find(regionCode, scope);
        return record != null && record.getPlanAdoptedOn() != null;
    }

    /**
     * 三(一) 成立领导小组、制定推进落实方案: saves the unit's record on the version the page showed ({@code null}: the page
     * showed no record yet). A leading group needs its leader and the date it was set up; a plan its title and the date
     * adopted, neither in the future, and a deadline not before adoption.
     */
    @PreAuthorize("hasAuthority('city-plan:manage')")
    @Transactional
    public void save(String regionCode, Long shownVersion, CityPlanRecord record, DataScope scope) {
        Region region = prefecture(regionCode, scope);
        CityImplementation existing = find(region.getCode(), scope);
        if (existing == null && shownVersion != null) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CityImplementation.class, regionCode);
        }
        if (existing != null) {
            existing.requireVersion(shownVersion == null ? -1 : shownVersion);
        }
        validate(record);
        CityImplementation target = existing == null ? new CityImplementation(region.getCode()) : existing;
        target.write(record);
        CityImplementation saved = records.saveAndFlush(target);
        audit.record(existing == null ? "city-plan.create" : "city-plan.edit", SUBJECT, saved.getId(),
                region.getCode() + " " + region.getName() + " " + saved.getStatus()
                        + (saved.getPlanTitle() == null ? "" : " 《" + saved.getPlanTitle() + "》"));
    }

    /** 三(一) 定期召开工作会议: records a meeting the unit has held (not in the future). */
    @PreAuthorize("hasAuthority('city-plan:manage')")
    @Transactional
    public long recordMeeting(String regionCode, CityMeetingRecord record, DataScope scope) {
        Region region = prefecture(regionCode, scope);
        validate(record);
        CityMeeting meeting = meetings.saveAndFlush(new CityMeeting(region.getCode(), record));
        audit.record("city-meeting.create", MEETING_SUBJECT, meeting.getId(), region.getName() + " " + meeting.getHeldOn() + " " + meeting.getTitle());
        return meeting.getId();
    }

    /** Corrects what was recorded of one of the unit's meetings, on the version the page showed. */
    @PreAuthorize("hasAuthority('city-plan:manage')")
    @Transactional
    public void correctMeeting(String regionCode, long meetingId, long shownVersion, CityMeetingRecord record, DataScope scope) {
        CityMeeting meeting = meeting(regionCode, meetingId, scope);
        meeting.requireVersion(shownVersion);
        validate(record);
        meeting.write(record);
        meetings.saveAndFlush(meeting);
        audit.record("city-meeting.edit", MEETING_SUBJECT, meetingId, meeting.getRegionCode() + " " + meeting.getHeldOn() + " " + meeting.getTitle());
    }

    private CityImplementation find(String regionCode, DataScope scope) {
        return records.findAll(inRegion(regionCode), scope, Sort.by("id")).stream().findFirst().orElse(null);
    }

    /** Only prefecture-level units carry a record; a county, the province or another unit is not found. */
    private Region prefecture(String regionCode, DataScope scope) {
        return regions.find(regionCode).filter(r -> r.getLevel() == RegionLevel.PREFECTURE).filter(r -> scope.coversRegion(r.getCode()))
                .orElseThrow(() -> new NotFoundException("prefecture", regionCode));
    }

    private static <T> Specification<T> inRegion(String regionCode) {
        return (root, query, cb) -> cb.equal(root.get("regionCode"), regionCode);
    }

    private static <T> Specification<T> all() {
        return (root, query, cb) -> cb.conjunction();
    }

    private void validate(CityPlanRecord r) {
        LocalDate today = LocalDate.now(clock);
        length("groupLeader", r.groupLeader(), 50);
        length("groupLeaderPost", r.groupLeaderPost(), 100);
        length("groupMembers", r.groupMembers(), 2000);
        length("planTitle", r.planTitle(), 200);
        length("planNumber", r.planNumber(), 100);
        length("note", r.note(), 2000);
        boolean group = present(r.groupLeader()) || present(r.groupLeaderPost()) || present(r.groupMembers()) || r.groupSetUpOn() != null;
        if (group && !present(r.groupLeader())) {
            throw new RuleViolation("groupLeader", "city.group.leader.required");
        }
        if (group && r.groupSetUpOn() == null) {
            throw new RuleViolation("groupSetUpOn", "city.group.setUpOn.required");
        }
        if (r.groupSetUpOn() != null && r.groupSetUpOn().isAfter(today)) {
            throw new RuleViolation("groupSetUpOn", "city.date.future");
        }
        boolean plan = present(r.planTitle()) || present(r.planNumber()) || r.planAdoptedOn() != null || r.planDeadline() != null;
        if (plan && !present(r.planTitle())) {
            throw new RuleViolation("planTitle", "city.plan.title.required");
        }
        if (plan && r.planAdoptedOn() == null) {
            throw new RuleViolation("planAdoptedOn", "city.plan.adoptedOn.required");
        }
        if (r.planAdoptedOn() != null && r.planAdoptedOn().isAfter(today)) {
            throw new RuleViolation("planAdoptedOn", "city.date.future");
        }
        if (r.planDeadline() != null && r.planAdoptedOn() != null && r.planDeadline().isBefore(r.planAdoptedOn())) {
            throw new RuleViolation("planDeadline", "city.plan.deadline.beforeAdoption");
        }
    }

    private void validate(CityMeetingRecord r) {
        if (r.heldOn() == null) {
            throw new RuleViolation("heldOn", "NotNull");
        }
        if (r.heldOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("heldOn", "city.date.future");
        }
        if (!present(r.title())) {
            throw new RuleViolation("title", "NotBlank");
        }
        if (!present(r.chair())) {
            throw new RuleViolation("chair", "NotBlank");
        }
        if (!present(r.minutes())) {
            throw new RuleViolation("minutes", "NotBlank");
        }
        length("title", r.title(), 100);
        length("chair", r.chair(), 50);
        length("minutes", r.minutes(), 20000);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolation(field, "city.field.tooLong");
        }
    }
}
