package cn.jilin.laborbrand.registry.credit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CreditEvaluationRepository extends Repository<CreditEvaluation, Long> {

    CreditEvaluation save(CreditEvaluation evaluation);

    Optional<CreditEvaluation> findById(Long id);

    List<CreditEvaluation> findByBrandIdOrderByEvaluatedOnDescIdDesc(long brandId);

    /** The latest evaluation of a brand: its current rating. */
    Optional<CreditEvaluation> findFirstByBrandIdOrderByEvaluatedOnDescIdDesc(long brandId);

    List<CreditEvaluation> findByBrandIdInOrderByBrandIdAscEvaluatedOnDescIdDesc(Collection<Long> brandIds);
}
