package cn.jilin.laborbrand.registry.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

// Credit records belong to a brand; they are read only after the brand has been loaded within the caller's scope.
interface CreditPledgeRepository extends Repository<CreditPledge, Long> {

    CreditPledge save(CreditPledge pledge);

    Optional<CreditPledge> findById(Long id);

    List<CreditPledge> findByBrandIdOrderBySignedOnDescIdDesc(long brandId);
}
