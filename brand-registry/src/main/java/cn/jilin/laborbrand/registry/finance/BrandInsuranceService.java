package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(三)1 鼓励以劳务品牌为标的物，积极投保相关保险: policies taken out on a brand, kept by the officers of the brand's
 * region (the province sees all). A policy's period ends after it starts; its number is unique at its insurer. Every
 * change is a step of the policy's history and audited.
 */
@Service
public class BrandInsuranceService {

    static final String OWNER_TYPE = "brand_insurance";

    private final BrandInsuranceRepository policies;
    private final BrandService brands;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    BrandInsuranceService(BrandInsuranceRepository policies, BrandService brands, WorkflowHistory history, AuditService audit, Clock clock) {
        this.policies = policies;
        this.brands = brands;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public Page<InsuranceRow> search(FinanceFilter filter, DataScope scope, Pageable pageable) {
        Page<BrandInsurance> page = policies.findAll(filter.insurance(LocalDate.now(clock)), scope, pageable);
        return page.map(rows(page.getContent()));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional
    public List<InsuranceRow> export(FinanceFilter filter, DataScope scope, Sort sort) {
        List<BrandInsurance> found = policies.findAll(filter.insurance(LocalDate.now(clock)), scope, sort);
        audit.record("finance.insurance.export", OWNER_TYPE, null, "rows=" + found.size());
        return found.stream().map(rows(found)).toList();
    }

    /** The policies of one brand, latest period first; 404 when the brand lies outside the scope. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<InsuranceRow> ofBrand(long brandId, DataScope scope) {
        brands.get(brandId, scope);
        List<BrandInsurance> found = policies.findAll(FinanceFilter.ofBrand(brandId).insurance(LocalDate.now(clock)), scope,
                Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id")));
        return found.stream().map(rows(found)).toList();
    }

    /** A policy, or 404 when it does not exist or lies outside the caller's region. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public BrandInsurance get(long id, DataScope scope) {
        return policies.getById(id, scope);
    }

    /** A policy with its brand and status today, for its page. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public InsuranceRow row(long id, DataScope scope) {
        BrandInsurance policy = policies.getById(id, scope);
        return rows(List.of(policy)).apply(policy);
    }

    /** The policy's history (recorded, edited), oldest first. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        policies.getById(id, scope);
        return history.steps(OWNER_TYPE, id);
    }

    // 二(三)1: records a policy taken out on a brand of the caller's scope, in the brand's region
    @PreAuthorize("hasAuthority('finance:manage')")
    @Transactional
    public long create(long brandId, InsuranceDetails details, DataScope scope) {
        LaborBrand brand = brands.get(brandId, scope);
        check(details, null);
        BrandInsurance policy = policies.save(new BrandInsurance(brand.getId(), brand.getRegionCode(), details));
        history.record(OWNER_TYPE, policy.getId(), "create", null, policy.statusOn(LocalDate.now(clock)), null);
        audit.record("finance.insurance.create", OWNER_TYPE, policy.getId(), "brand=" + brand.getId() + " " + policy.details());
        return policy.getId();
    }

    /** Changes a policy, refusing a stale page. */
    @PreAuthorize("hasAuthority('finance:manage')")
    @Transactional
    public void update(long id, long shownVersion, InsuranceDetails details, DataScope scope) {
        BrandInsurance policy = policies.getById(id, scope);
        policy.requireVersion(shownVersion);
        check(details, id);
        LocalDate today = LocalDate.now(clock);
        InsuranceStatus from = policy.statusOn(today);
        InsuranceDetails before = policy.details();
        policy.apply(details);
        policies.saveAndFlush(policy);
        history.record(OWNER_TYPE, id, "edit", from, policy.statusOn(today), null);
        audit.record("finance.insurance.edit", OWNER_TYPE, id, before + " → " + policy.details());
    }

    private void check(InsuranceDetails d, Long id) {
        FinanceChecks.text("insurer", d.insurer(), 100);
        FinanceChecks.text("product", d.product(), 100);
        FinanceChecks.money("insuredAmount", d.insuredAmount(), false);
        FinanceChecks.money("premium", d.premium(), true);
        FinanceChecks.date("startsOn", d.startsOn());
        FinanceChecks.date("endsOn", d.endsOn());
        if (!d.endsOn().isAfter(d.startsOn())) {
            throw new RuleViolation("endsOn", "finance.insurance.endsOn.beforeStart");
        }
        if (d.startsOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new RuleViolation("startsOn", "finance.insurance.startsOn.farAhead");
        }
        FinanceChecks.text("policyNumber", d.policyNumber(), 60);
        String insurer = d.insurer().strip();
        String number = d.policyNumber().strip();
        Specification<BrandInsurance> same = (root, query, cb) -> id == null
                ? cb.and(cb.equal(root.get("insurer"), insurer), cb.equal(root.get("policyNumber"), number))
                : cb.and(cb.equal(root.get("insurer"), insurer), cb.equal(root.get("policyNumber"), number), cb.notEqual(root.get("id"), id));
        // a number is unique at its insurer province-wide, whoever asks
        if (policies.count(same, DataScope.province()) > 0) {
            throw new RuleViolation("policyNumber", "finance.insurance.policy.taken");
        }
        FinanceChecks.note(d.note());
    }

    private Function<BrandInsurance, InsuranceRow> rows(Collection<BrandInsurance> found) {
        Map<Long, BrandName> names = brands.names(found.stream().map(BrandInsurance::getBrandId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return p -> new InsuranceRow(p, Objects.requireNonNull(names.get(p.getBrandId())), p.statusOn(today));
    }
}
