package cn.jilin.laborbrand.registry.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CreditEvaluationRepository extends Repository<CreditEvaluation, Long> {

    CreditEvaluation save(CreditEvaluation evaluation);

    Optional<CreditEvaluation> findById(Long id);

    List<CreditEvaluation> findByBrandIdOrderByEvaluatedOnDescIdDesc(long brandId);

    /** The latest evaluation of a brand: its current rating. */
    Optional<CreditEvaluation> findFirstByBrandIdOrderByEvaluatedOnDescIdDesc(long brandId);

    /**
     * The latest evaluation of each of these brands (none for a brand never evaluated). The ids travel as one array, so
     * that the statement is the same for any number of brands: a list page's query is prepared once, not translated
     * again for each count of rows as an {@code in (...)} list would be.
     */
    @Query(value = """
            select distinct on (brand_id) * from credit_evaluation
            where brand_id = any(:brandIds)
            order by brand_id, evaluated_on desc, id desc""", nativeQuery = true)
    List<CreditEvaluation> findLatestByBrandIdIn(@Param("brandIds") Long[] brandIds);
}
