package cn.jilin.laborbrand.platform.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExpertRepository extends Repository<Expert, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Expert> {

    Expert save(Expert expert);

    Optional<Expert> findById(Long id);

    Optional<Expert> findByAccountId(Long accountId);

    List<Expert> findByActiveTrueOrderByName();

    List<Expert> findByIdIn(Collection<Long> ids);

    Expert saveAndFlush(Expert expert);

    boolean existsByAccountIdAndIdNot(Long accountId, Long id);

    boolean existsByAccountId(Long accountId);
}

interface ReviewAssignmentRepository extends Repository<ReviewAssignment, Long> {

    ReviewAssignment save(ReviewAssignment assignment);

    ReviewAssignment saveAndFlush(ReviewAssignment assignment);

    Optional<ReviewAssignment> findById(Long id);

    List<ReviewAssignment> findBySubjectTypeAndSubjectIdOrderById(String subjectType, long subjectId);

    List<ReviewAssignment> findByExpertAccountIdOrderByIdDesc(Long expertAccountId);

    @Query("select a.expertId, count(a) from ReviewAssignment a where a.declaration = cn.jilin.laborbrand.platform.review.Declaration.CONFLICT group by a.expertId")
    List<Object[]> countConflictsByExpert();

    @Query("select a.expertId, count(a) from ReviewAssignment a group by a.expertId")
    List<Object[]> countAssignmentsByExpert();
}

interface ReviewScoreRepository extends Repository<ReviewScore, ReviewScore.Key> {

    ReviewScore save(ReviewScore score);

    List<ReviewScore> findByAssignmentIdIn(Collection<Long> assignmentIds);
}

interface ReviewCriterionRepository extends Repository<ReviewCriterion, ReviewCriterion.Key> {

    List<ReviewCriterion> findByRubricOrderBySortOrder(String rubric);
}
