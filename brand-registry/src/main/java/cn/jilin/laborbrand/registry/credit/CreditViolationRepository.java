package cn.jilin.laborbrand.registry.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CreditViolationRepository extends Repository<CreditViolation, Long> {

    CreditViolation save(CreditViolation violation);

    Optional<CreditViolation> findById(Long id);

    List<CreditViolation> findByBrandIdOrderByOccurredOnDescIdDesc(long brandId);
}
