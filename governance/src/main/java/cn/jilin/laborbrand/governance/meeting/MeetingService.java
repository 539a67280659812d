package cn.jilin.laborbrand.governance.meeting;

import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三(一) 定期召开劳务品牌建设工作会议: HRSS records the leading group's work meetings (date, chair, the departments that
 * attended, minutes) and their decisions. A decision may give a department a new task or move the deadline of tasks;
 * it then changes them through {@link TaskService}, in the same transaction, and keeps which it changed.
 */
@Service
public class MeetingService {

    static final String SUBJECT = "work_meeting";

    private final WorkMeetingRepository meetings;
    private final MeetingDecisionRepository decisions;
    private final TaskService tasks;
    private final PlanService plan;
    private final AuditService audit;
    private final Clock clock;

    MeetingService(WorkMeetingRepository meetings, MeetingDecisionRepository decisions, TaskService tasks,
                   PlanService plan, AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.tasks = tasks;
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meetings the caller sees: HRSS and cities all; a department those it attended or that decided about its tasks. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    public Page<WorkMeeting> list(DataScope scope, Pageable pageable) {
        Page<WorkMeeting> page = meetings.findAll(scope, pageable);
        page.forEach(WorkMeeting::withAttendees);
        return page;
    }

    /** How many of each meeting's decisions the caller sees. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    public Map<Long, Long> decisionCounts(Collection<Long> meetingIds, DataScope scope) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return decisions.findByMeetingIdIn(meetingIds, scope).stream()
                .collect(Collectors.groupingBy(MeetingDecision::getMeetingId, Collectors.counting()));
    }

    /** A meeting, or 404 outside the caller's scope. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    public WorkMeeting get(long id, DataScope scope) {
        return meetings.findById(id, scope).orElseThrow(() -> new NotFoundException("meeting", id)).withAttendees();
    }

    /**
     * A meeting's decisions as the caller may see them: HRSS all; a city the resolutions; a department the decisions
     * that created or amended one of its own tasks, and the resolutions of a meeting it attended.
     */
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    public List<MeetingDecision> decisions(long meetingId, DataScope scope) {
        List<MeetingDecision> found = decisions.findByMeetingIdIn(List.of(get(meetingId, scope).getId()), scope);
        found.forEach(d -> d.getEffects().size());
        return found;
    }

    /** The decisions that created or amended a task the caller sees (else 404), oldest first. */
    @PreAuthorize("hasAuthority('plan:view') and hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<MeetingDecision> decisionsOnTask(long taskId, DataScope scope) {
        List<MeetingDecision> found = decisions.findAffecting(tasks.get(taskId, scope).getId());
        found.forEach(d -> d.getEffects().size());
        return found;
    }

    /** Records a meeting that has taken place: date (not in the future), chair, minutes, at least one attending department. */
    @PreAuthorize("hasAuthority('meeting:manage')")
    @Transactional
    public long record(MeetingRecord record) {
        validate(record);
        WorkMeeting meeting = meetings.saveAndFlush(new WorkMeeting(record));
        audit.record("meeting.create", SUBJECT, meeting.getId(), meeting.getHeldOn() + " " + meeting.getTitle());
        return meeting.getId();
    }

    /** Corrects what was recorded of a meeting, on the version the page showed. */
    @PreAuthorize("hasAuthority('meeting:manage')")
    @Transactional
    public void update(long id, long shownVersion, MeetingRecord record, DataScope scope) {
        WorkMeeting meeting = meetings.findById(id, scope).orElseThrow(() -> new NotFoundException("meeting", id));
        meeting.requireVersion(shownVersion);
        validate(record);
        meeting.write(record);
        meetings.saveAndFlush(meeting);
        audit.record("meeting.edit", SUBJECT, id, meeting.getHeldOn() + " " + meeting.getTitle());
    }

    /**
     * Records a decision of the leading group's meeting on the province's plan. CREATE_TASK gives the department a task
     * on the measure (it must not carry one yet); AMEND_TASKS sets the new deadline of the chosen tasks. Nothing is
     * stored when any part is refused.
     */
    @PreAuthorize("hasAuthority('meeting:manage')")
    @Transactional
    public long decide(long meetingId, DecisionRequest request, DataScope scope) {
        WorkMeeting meeting = meetings.findById(meetingId, scope).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        validate(request);
        MeetingDecision decision = apply(decisions.saveAndFlush(MeetingDecision.ofWorkMeeting(meeting.getId(), request.kind(), request.content())),
                PlanOwner.province(), request, scope);
        audit.record("meeting.decision", SUBJECT, meetingId, request.kind() + " decision=" + decision.getId());
        return decision.getId();
    }

    /**
     * Records a decision of a city's work meeting on the city's 推进落实方案: as {@link #decide}, on the city's tasks and for
     * its units (city-plan:manage within the city's scope; a meeting of another unit is not found).
     */
    @PreAuthorize("hasAuthority('city-plan:manage')")
    @Transactional
    public long decideInCity(String regionCode, long cityMeetingId, DecisionRequest request, DataScope scope) {
        if (!scope.coversRegion(regionCode) || !decisions.cityMeetingExists(cityMeetingId, regionCode)) {
            throw new NotFoundException("city meeting", cityMeetingId);
        }
        validate(request);
        MeetingDecision decision = apply(decisions.saveAndFlush(MeetingDecision.ofCityMeeting(cityMeetingId, request.kind(), request.content())),
                PlanOwner.city(regionCode), request, scope);
        audit.record("city-meeting.decision", "city_meeting", cityMeetingId, regionCode + " " + request.kind() + " decision=" + decision.getId());
        return decision.getId();
    }

    /** The decisions of these meetings of a city, by meeting (the caller has read the meetings within its scope). */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingDecision>> cityDecisions(String regionCode, Collection<Long> cityMeetingIds, DataScope scope) {
        if (cityMeetingIds.isEmpty() || !scope.coversRegion(regionCode)) {
            return Map.of();
        }
        List<MeetingDecision> found = decisions.findOfCityMeetings(cityMeetingIds, regionCode);
        found.forEach(d -> d.getEffects().size());
        return found.stream().collect(Collectors.groupingBy(MeetingDecision::getCityMeetingId));
    }

    private MeetingDecision apply(MeetingDecision decision, PlanOwner owner, DecisionRequest request, DataScope scope) {
        switch (request.kind()) {
            case CREATE_TASK -> {
                if (request.measureId() == null) {
                    throw new RuleViolation("measureId", "NotNull");
                }
                if (request.organisationId() == null) {
                    throw new RuleViolation("organisationId", "NotNull");
                }
                long taskId = tasks.create(owner, request.measureId(), request.organisationId(), request.deadline(), decision.getId(), scope);
                decision.affected(taskId, "CREATED", "完成时限 " + request.deadline());
            }
            case AMEND_TASKS -> {
                for (ResponsibilityTask task : tasks.extend(owner, request.taskIds(), request.deadline(), decision.getId(), scope)) {
                    decision.affected(task.getId(), "AMENDED", "完成时限 " + request.deadline());
                }
            }
            case RESOLUTION -> {
            }
        }
        return decisions.saveAndFlush(decision);
    }

    private static void validate(DecisionRequest request) {
        if (request.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (request.content() == null || request.content().isBlank()) {
            throw new RuleViolation("content", "NotBlank");
        }
        if (request.content().strip().length() > 2000) {
            throw new RuleViolation("content", "meeting.decision.tooLong");
        }
    }

    private void validate(MeetingRecord record) {
        if (record.heldOn() == null) {
            throw new RuleViolation("heldOn", "NotNull");
        }
        if (record.heldOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("heldOn", "meeting.heldOn.future");
        }
        if (record.title() == null || record.title().isBlank()) {
            throw new RuleViolation("title", "NotBlank");
        }
        if (record.chair() == null || record.chair().isBlank()) {
            throw new RuleViolation("chair", "NotBlank");
        }
        if (record.minutes() == null || record.minutes().isBlank()) {
            throw new RuleViolation("minutes", "NotBlank");
        }
        Set<Long> departments = plan.departments().stream().map(OrganisationChoice::id).collect(Collectors.toSet());
        if (record.attendees() == null || record.attendees().isEmpty()) {
            throw new RuleViolation("attendees", "meeting.attendees.required");
        }
        if (!departments.containsAll(record.attendees())) {
            throw new RuleViolation("attendees", "meeting.attendees.unknown");
        }
    }
}
