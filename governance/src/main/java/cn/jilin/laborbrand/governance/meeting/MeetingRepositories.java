package cn.jilin.laborbrand.governance.meeting;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Meetings belong to the province and are read by all who follow the plan: HRSS and the cities see them all; a
 * department sees the meetings it attended or that decided about one of its tasks; other scopes none. The scope is
 * part of each query.
 */
interface WorkMeetingRepository extends Repository<WorkMeeting, Long> {

    String CONCERNING = "(exists (select 1 from WorkMeeting a join a.attendees o where a.id = m.id and o = :organisationId) "
            + "or exists (select 1 from MeetingDecision d join d.effects e, ResponsibilityTask t "
            + "where d.meetingId = m.id and t.id = e.taskId and t.organisationId = :organisationId))";

    WorkMeeting save(WorkMeeting meeting);

    WorkMeeting saveAndFlush(WorkMeeting meeting);

    @Unscoped("the province's and the cities' read; callers go through findById(id, scope)")
    Optional<WorkMeeting> findById(Long id);

    @Unscoped("the province's and the cities' read; callers go through findAll(scope, pageable)")
    Page<WorkMeeting> findAll(Pageable pageable);

    @Query("select m from WorkMeeting m where m.id = :id and " + CONCERNING)
    Optional<WorkMeeting> findConcerning(long id, long organisationId);

    @Query(value = "select m from WorkMeeting m where " + CONCERNING, countQuery = "select count(m) from WorkMeeting m where " + CONCERNING)
    Page<WorkMeeting> findAllConcerning(long organisationId, Pageable pageable);

    default Optional<WorkMeeting> findById(long id, DataScope scope) {
        return switch (scope.kind()) {
            case PROVINCE, REGION -> findById(id);
            case ORGANISATION -> findConcerning(id, scope.organisationId());
            case EXPERT, NONE -> Optional.empty();
        };
    }

    default Page<WorkMeeting> findAll(DataScope scope, Pageable pageable) {
        return switch (scope.kind()) {
            case PROVINCE, REGION -> findAll(pageable);
            case ORGANISATION -> findAllConcerning(scope.organisationId(), pageable);
            case EXPERT, NONE -> Page.empty(pageable);
        };
    }
}

/**
 * A decision about tasks belongs to the tasks' departments; a resolution to the meeting. HRSS sees every decision; a
 * city the resolutions; a department the decisions about its own tasks and the resolutions of the meetings it attended.
 */
interface MeetingDecisionRepository extends Repository<MeetingDecision, Long> {

    String OWN = "(exists (select 1 from MeetingDecision x join x.effects e, ResponsibilityTask t "
            + "where x.id = d.id and t.id = e.taskId and t.organisationId = :organisationId) "
            + "or (d.kind = cn.jilin.laborbrand.governance.meeting.DecisionKind.RESOLUTION and exists (select 1 from WorkMeeting a "
            + "join a.attendees o where a.id = d.meetingId and o = :organisationId)))";

    String RESOLUTION = "d.kind = cn.jilin.laborbrand.governance.meeting.DecisionKind.RESOLUTION";

    MeetingDecision saveAndFlush(MeetingDecision decision);

    @Unscoped("the province's read; callers go through the scoped defaults below")
    List<MeetingDecision> findByMeetingIdInOrderById(Collection<Long> meetingIds);

    @Query("select d from MeetingDecision d where d.meetingId in :meetingIds and " + OWN + " order by d.id")
    List<MeetingDecision> findOwn(Collection<Long> meetingIds, long organisationId);

    @Query("select d from MeetingDecision d where d.meetingId in :meetingIds and " + RESOLUTION + " order by d.id")
    List<MeetingDecision> findResolutions(Collection<Long> meetingIds);

    @Unscoped("whether a city meeting of this unit exists; the caller checks the unit against its scope")
    @Query("select count(m) > 0 from CityMeeting m where m.id = :cityMeetingId and m.regionCode = :regionCode")
    boolean cityMeetingExists(long cityMeetingId, String regionCode);

    @Unscoped("a city's meetings' decisions; the caller checks the unit against its scope")
    @Query("select d from MeetingDecision d, CityMeeting m where m.id = d.cityMeetingId and m.regionCode = :regionCode "
            + "and d.cityMeetingId in :cityMeetingIds order by d.id")
    List<MeetingDecision> findOfCityMeetings(Collection<Long> cityMeetingIds, String regionCode);

    /** Decisions on a task; the caller has loaded the task within its scope first. */
    @Unscoped("the task has been loaded within the caller's scope first; these are the decisions about it")
    @Query("select distinct d from MeetingDecision d join d.effects e where e.taskId = :taskId order by d.id")
    List<MeetingDecision> findAffecting(long taskId);

    default List<MeetingDecision> findByMeetingIdIn(Collection<Long> meetingIds, DataScope scope) {
        return switch (scope.kind()) {
            case PROVINCE -> findByMeetingIdInOrderById(meetingIds);
            case REGION -> findResolutions(meetingIds);
            case ORGANISATION -> findOwn(meetingIds, scope.organisationId());
            case EXPERT, NONE -> List.of();
        };
    }
}
