package cn.jilin.laborbrand.governance.target;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanTargetRepository extends Repository<PlanTarget, Long> {

    List<PlanTarget> findAllByOrderBySortOrder();

    Optional<PlanTarget> findByCode(String code);
}

interface TargetSnapshotRepository extends Repository<TargetSnapshot, Long> {

    TargetSnapshot save(TargetSnapshot snapshot);

    List<TargetSnapshot> findAllByOrderByYear();

    boolean existsByTargetIdAndYear(long targetId, int year);
}
