package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExpertRepository extends ScopedRepository<Expert, Long> {

    @Unscoped("the signed-in expert's own pool record, found by their own account")
    Optional<Expert> findByAccountId(Long accountId);

    @Unscoped("the experts named by review assignments of a record the caller already sees, or chosen from its candidates")
    List<Expert> findByIdIn(Collection<Long> ids);

    boolean existsByAccountIdAndIdNot(Long accountId, Long id);

    boolean existsByAccountId(Long accountId);
}

interface ReviewAssignmentRepository extends Repository<ReviewAssignment, Long> {

    ReviewAssignment save(ReviewAssignment assignment);

    ReviewAssignment saveAndFlush(ReviewAssignment assignment);

    Optional<ReviewAssignment> findById(Long id);

    List<ReviewAssignment> findBySubjectTypeAndSubjectIdOrderById(String subjectType, long subjectId);

    /** Per record of the list: how many of its experts have scored (records with none are absent). */
    @Query("select a.subjectId, count(a) from ReviewAssignment a where a.subjectType = :subjectType and a.subjectId in :subjectIds"
            + " and a.scoredAt is not null group by a.subjectId")
    List<Object[]> countScored(String subjectType, java.util.Collection<Long> subjectIds);

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
