package cn.jilin.laborbrand.registry.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CreditPledgeTextRepository extends Repository<CreditPledgeText, Long> {

    List<CreditPledgeText> findAllByOrderByEffectiveFromDesc();

    Optional<CreditPledgeText> findById(Long id);

    /** The version in force on a day. */
    Optional<CreditPledgeText> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);
}
