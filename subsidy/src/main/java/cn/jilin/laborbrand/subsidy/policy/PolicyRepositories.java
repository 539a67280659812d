package cn.jilin.laborbrand.subsidy.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** Policies are the province's published rules: read whole by whoever handles subsidies. */
interface SubsidyPolicyRepository extends Repository<SubsidyPolicy, Long> {

    Optional<SubsidyPolicy> findById(Long id);

    Optional<SubsidyPolicy> findByCode(String code);

    List<SubsidyPolicy> findAll(Sort sort);

    boolean existsByCode(String code);

    SubsidyPolicy saveAndFlush(SubsidyPolicy policy);
}

interface SubsidyStandardRepository extends Repository<SubsidyStandard, Long> {

    Optional<SubsidyStandard> findById(Long id);

    List<SubsidyStandard> findByPolicyIdOrderByEffectiveFromDescSkillLevelAsc(long policyId);

    SubsidyStandard saveAndFlush(SubsidyStandard standard);
}
