package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading applications, always within the caller's scope (an expert's: the applications assigned to them and declared
 * free of conflicts): the list and its export, one application with its history, a brand's applications, and the
 * brands that may apply.
 */
@Service
public class ApplicationQueries {

    private final BrandApplicationRepository applications;
    private final BrandService brands;
    private final WorkflowHistory history;
    private final AuditService audit;

    ApplicationQueries(BrandApplicationRepository applications, BrandService brands, WorkflowHistory history, AuditService audit) {
        this.applications = applications;
        this.brands = brands;
        this.history = history;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public Page<BrandApplication> search(ApplicationFilter filter, DataScope scope, Pageable pageable) {
        return applications.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public List<BrandApplication> export(ApplicationFilter filter, DataScope scope, Sort sort) {
        List<BrandApplication> rows = applications.findAll(filter.toSpecification(), scope, sort);
        audit.record("application.export", BrandApplication.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** An application, or 404 outside the scope (an expert's scope: assigned to them and declared free of conflicts). */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public BrandApplication get(long id, DataScope scope) {
        return applications.getById(id, scope);
    }

    /** The applications of a brand the caller may see, newest first, for the brand's page. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<BrandApplication> ofBrand(long brandId, DataScope scope) {
        return applications.findAll((root, query, cb) -> cb.equal(root.get("brandId"), brandId), scope, Sort.by(Sort.Order.desc("id")));
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId());
    }

    /** Names of the brands of applications the caller has already loaded within their scope. */
    @Transactional(readOnly = true)
    public Map<Long, BrandName> brandNames(Collection<Long> brandIds) {
        return brands.names(brandIds);
    }

    /**
     * Up to {@code limit} brands of the caller's scope whose name contains {@code text} and that may apply: any but a
     * national brand, which has no higher level to apply for. The brand field of the application form.
     */
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional(readOnly = true)
    public List<BrandName> brandsThatMayApply(String text, DataScope scope, int limit) {
        Specification<LaborBrand> belowNational = (root, query, cb) -> cb.notEqual(root.get("level"), BrandLevel.NATIONAL);
        return brands.candidates(text, belowNational, scope, limit);
    }
}
