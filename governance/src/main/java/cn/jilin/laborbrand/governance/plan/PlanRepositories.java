package cn.jilin.laborbrand.governance.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanDocumentRepository extends Repository<PlanDocument, Long> {

    Optional<PlanDocument> findById(Long id);
}

interface PlanMeasureRepository extends Repository<PlanMeasure, Long> {

    List<PlanMeasure> findAllByOrderBySortOrder();
}

interface MeasureDepartmentRepository extends Repository<MeasureDepartment, MeasureDepartment.Key> {

    List<MeasureDepartment> findAllByOrderByPosition();
}
