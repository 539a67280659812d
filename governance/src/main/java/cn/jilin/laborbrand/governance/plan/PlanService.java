package cn.jilin.laborbrand.governance.plan;

import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as reference data: the document, its measure tree and the departments each measure's closing bracket names
 * (loaded by migration). Everyone who follows the plan may read it; nothing here changes it.
 */
@Service
public class PlanService {

    private final PlanDocumentRepository documents;
    private final PlanMeasureRepository measures;
    private final MeasureDepartmentRepository departments;
    private final OrganisationService organisations;

    PlanService(PlanDocumentRepository documents, PlanMeasureRepository measures, MeasureDepartmentRepository departments,
                OrganisationService organisations) {
        this.documents = documents;
        this.measures = measures;
        this.departments = departments;
        this.organisations = organisations;
    }

    /** 吉人社联〔2022〕73号 itself. */
    @Transactional(readOnly = true)
    public PlanDocument document() {
        return documents.findById(1L).orElseThrow(() -> new IllegalStateException("the plan's migration has not run"));
    }

    /** Every node of the plan's text in the plan's order (chapters, sections, measures). */
    @Transactional(readOnly = true)
    public List<PlanMeasure> nodes() {
        return measures.findAllByOrderBySortOrder();
    }

    /** The measures departments carry (二(一)1 … 三(四)), in the plan's order. */
    @Transactional(readOnly = true)
    public List<PlanMeasure> measures() {
        return nodes().stream().filter(PlanMeasure::isMeasure).toList();
    }

    /** Every node by id. */
    @Transactional(readOnly = true)
    public Map<Long, PlanMeasure> byId() {
        return nodes().stream().collect(Collectors.toMap(PlanMeasure::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public Optional<PlanMeasure> byCode(String code) {
        return nodes().stream().filter(m -> m.getCode().equals(code)).findFirst();
    }

    /** The measures of these codes, in the plan's order (unknown codes are left out). */
    @Transactional(readOnly = true)
    public List<PlanMeasure> byCodes(Collection<String> codes) {
        return nodes().stream().filter(m -> codes.contains(m.getCode())).toList();
    }

    /**
     * The provincial departments that may carry tasks (the plan's and any added since, a succeeded one replaced by its
     * successor), in the plan's signature order.
     */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> departments() {
        return organisations.choicesOf(OrganisationKind.PROVINCIAL_DEPARTMENT);
    }

    /**
     * The provincial departments' names by id (the only organisations tasks, reports and meetings name), those succeeded
     * since included: history names them as they were.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> departmentNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.everyOf(OrganisationKind.PROVINCIAL_DEPARTMENT).forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    /** The departments each measure names, by measure id, in the bracket's order. */
    @PreAuthorize("hasAuthority('plan:view') or hasAuthority('demo:provision')")
    @Unscoped("the plan's published text: which departments each measure names")
    @Transactional(readOnly = true)
    public Map<Long, List<MeasureDepartment>> departmentsByMeasure() {
        return departments.findAllByOrderByPosition().stream()
                .collect(Collectors.groupingBy(MeasureDepartment::getMeasureId, LinkedHashMap::new, Collectors.toList()));
    }
}
