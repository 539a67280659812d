package cn.jilin.laborbrand.platform.workflow;

import java.util.List;
import org.springframework.data.repository.Repository;

interface WorkflowStepRepository extends Repository<WorkflowStep, Long> {

    WorkflowStep save(WorkflowStep step);

    List<WorkflowStep> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);
}
