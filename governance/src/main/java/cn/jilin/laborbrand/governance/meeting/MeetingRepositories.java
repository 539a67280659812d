package cn.jilin.laborbrand.governance.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface WorkMeetingRepository extends Repository<WorkMeeting, Long> {

    WorkMeeting save(WorkMeeting meeting);

    WorkMeeting saveAndFlush(WorkMeeting meeting);

    Optional<WorkMeeting> findById(Long id);

    Page<WorkMeeting> findAll(Pageable pageable);

    boolean existsByTitle(String title);
}

interface MeetingDecisionRepository extends Repository<MeetingDecision, Long> {

    MeetingDecision saveAndFlush(MeetingDecision decision);

    List<MeetingDecision> findByMeetingIdOrderById(long meetingId);

    List<MeetingDecision> findByMeetingIdInOrderById(Collection<Long> meetingIds);

    Optional<MeetingDecision> findById(Long id);

    @org.springframework.data.jpa.repository.Query("select distinct d from MeetingDecision d join d.effects e where e.taskId = :taskId order by d.id")
    List<MeetingDecision> findAffecting(long taskId);
}
