package cn.jilin.laborbrand.registry.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** Survey rounds are the province's, not a region's: no data scope applies to them (their returns have one). */
interface BrandSurveyRepository extends Repository<BrandSurvey, Long> {

    BrandSurvey save(BrandSurvey survey);

    BrandSurvey saveAndFlush(BrandSurvey survey);

    Optional<BrandSurvey> findById(Long id);

    Page<BrandSurvey> findAll(Pageable pageable);

    Page<BrandSurvey> findByStatus(SurveyStatus status, Pageable pageable);

    List<BrandSurvey> findAll(Sort sort);

    List<BrandSurvey> findByStatus(SurveyStatus status, Sort sort);

    boolean existsByYear(int year);
}
