package cn.jilin.laborbrand.governance.target;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PlanTargetRepository extends Repository<PlanTarget, Long> {

    List<PlanTarget> findAllByOrderBySortOrder();
}

interface TargetSnapshotRepository extends Repository<TargetSnapshot, Long> {

    TargetSnapshot save(TargetSnapshot snapshot);

    List<TargetSnapshot> findAllByOrderByYear();

    boolean existsByTargetIdAndYear(long targetId, int year);
}
