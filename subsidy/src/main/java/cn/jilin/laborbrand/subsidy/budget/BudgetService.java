package cn.jilin.laborbrand.subsidy.budget;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就业补助资金 allocations: the province allocates each prefecture-level region's yearly money per policy; bureaus and
 * fund officers see their region's lines; the provincial departments (财政厅 among them) see every line, read-only —
 * budgets are public money, not personal data. Money moves through {@link BudgetLedger} only.
 */
@Service
public class BudgetService {

    private final BudgetRepository budgets;
    private final PolicyService policies;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AuditService audit;

    BudgetService(BudgetRepository budgets, PolicyService policies, RegionService regions, OrganisationService organisations,
                  AuditService audit) {
        this.budgets = budgets;
        this.policies = policies;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    public Page<Budget> search(BudgetFilter filter, DataScope scope, Pageable pageable) {
        return budgets.findAll(filter.toSpecification(), readable(scope), pageable);
    }

    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    public List<Budget> export(BudgetFilter filter, DataScope scope) {
        return budgets.findAll(filter.toSpecification(), readable(scope), Sort.by("year", "regionCode", "policyId"));
    }

    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    public Budget get(long id, DataScope scope) {
        return budgets.getById(id, readable(scope));
    }

    /** The line a claim of {@code regionCode} draws on in {@code year}: its prefecture's allocation for the policy. */
    @Transactional(readOnly = true)
    public Optional<Budget> lineFor(int year, String regionCode, long policyId) {
        return regions.prefectureOf(regionCode).flatMap(prefecture -> budgets.findByYearAndRegionCodeAndPolicyId(year, prefecture, policyId));
    }

    /**
     * Allocates (or re-allocates) a prefecture-level region's money for a policy in a year; never below what its claims
     * have already committed and spent.
     */
    @PreAuthorize("hasAuthority('subsidy:budget')")
    @Transactional
    public long allocate(int year, String regionCode, long policyId, BigDecimal amount, DataScope scope) {
        if (year < 2020 || year > 2100) {
            throw new RuleViolation("year", "subsidy.budget.year");
        }
        if (regions.find(regionCode).filter(r -> r.getLevel() == RegionLevel.PREFECTURE).isEmpty() || !scope.coversRegion(regionCode)) {
            throw new RuleViolation("regionCode", "subsidy.budget.region");
        }
        policies.get(policyId);
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new RuleViolation("allocated", "subsidy.budget.amount");
        }
        Optional<Budget> existing = budgets.findByYearAndRegionCodeAndPolicyId(year, regionCode, policyId);
        if (existing.isPresent()) {
            Budget line = existing.get();
            if (amount.compareTo(line.getCommitted().add(line.getSpent())) < 0) {
                throw new RuleViolation("allocated", "subsidy.budget.belowUsed");
            }
            BigDecimal before = line.getAllocated();
            line.reallocate(amount);
            budgets.saveAndFlush(line);
            audit.record("subsidy.budget.allocate", "subsidy_budget", line.getId(), "before=" + before + " after=" + amount);
            return line.getId();
        }
        Budget line = budgets.saveAndFlush(new Budget(year, regionCode, policyId, amount));
        audit.record("subsidy.budget.allocate", "subsidy_budget", line.getId(), year + " " + regionCode + " policy " + policyId + " " + amount);
        return line.getId();
    }

    /**
     * What the caller reads of budgets: their scope; for a provincial department, every line (public money, read-only).
     * An institution or an enterprise sees none, whatever it is granted.
     */
    DataScope readable(DataScope scope) {
        if (scope.kind() == DataScope.Kind.ORGANISATION && scope.organisationId() != null
                && organisations.choice(scope.organisationId()).filter(o -> o.kind() == OrganisationKind.PROVINCIAL_DEPARTMENT).isPresent()) {
            return DataScope.province();
        }
        return scope;
    }
}
