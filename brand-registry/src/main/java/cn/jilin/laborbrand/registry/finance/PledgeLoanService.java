package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.mark.BrandMark;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(三)1 积极探索劳务品牌商标权、专利权等质押贷款: pledge loans against a brand's trademarks and patents, kept by the
 * officers of the brand's region (the province sees all). The pledged mark must be one of the brand's registered marks;
 * a loan is repaid once. Every change is a step of the loan's history and audited.
 */
@Service
public class PledgeLoanService {

    static final String OWNER_TYPE = "brand_pledge_loan";

    private final PledgeLoanRepository loans;
    private final BrandService brands;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    PledgeLoanService(PledgeLoanRepository loans, BrandService brands, WorkflowHistory history, AuditService audit,
                      EntityManager entityManager, Clock clock) {
        this.loans = loans;
        this.brands = brands;
        this.history = history;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public Page<PledgeRow> search(FinanceFilter filter, DataScope scope, Pageable pageable) {
        Page<PledgeLoan> page = loans.findAll(filter.pledges(), scope, pageable);
        return page.map(rows(page.getContent()));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional
    public List<PledgeRow> export(FinanceFilter filter, DataScope scope, Sort sort) {
        List<PledgeLoan> found = loans.findAll(filter.pledges(), scope, sort);
        audit.record("finance.pledge.export", OWNER_TYPE, null, "rows=" + found.size());
        return found.stream().map(rows(found)).toList();
    }

    /** The loans of one brand, newest first; 404 when the brand lies outside the scope. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<PledgeRow> ofBrand(long brandId, DataScope scope) {
        brands.get(brandId, scope);
        List<PledgeLoan> found = loans.findAll(FinanceFilter.ofBrand(brandId).pledges(), scope,
                Sort.by(Sort.Order.desc("grantedOn"), Sort.Order.desc("id")));
        return found.stream().map(rows(found)).toList();
    }

    /** A loan, or 404 when it does not exist or lies outside the caller's region. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public PledgeLoan get(long id, DataScope scope) {
        return loans.getById(id, scope);
    }

    /** A loan with its brand and mark, for its page. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public PledgeRow row(long id, DataScope scope) {
        PledgeLoan loan = loans.getById(id, scope);
        return rows(List.of(loan)).apply(loan);
    }

    /** The loan's history (recorded, edited, repaid), oldest first. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        loans.getById(id, scope);
        return history.steps(OWNER_TYPE, id);
    }

    /** The marks of a brand that may be pledged (registered ones), trademarks first; 404 outside the scope. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<BrandMark> pledgeableMarks(long brandId, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        return entityManager.createQuery("select m from BrandMark m where m.brandId = :brand and m.status = :status order by m.kind, m.number",
                BrandMark.class).setParameter("brand", id).setParameter("status", MarkStatus.REGISTERED).getResultList();
    }

    // 二(三)1: records a pledge loan against one of the brand's registered marks, in the brand's region
    @PreAuthorize("hasAuthority('finance:manage')")
    @Transactional
    public long create(long brandId, PledgeDetails details, DataScope scope) {
        LaborBrand brand = brands.get(brandId, scope);
        check(brand.getId(), details, null);
        PledgeLoan loan = loans.save(new PledgeLoan(brand.getId(), brand.getRegionCode(), details));
        history.record(OWNER_TYPE, loan.getId(), "create", null, PledgeStatus.OUTSTANDING, null);
        audit.record("finance.pledge.create", OWNER_TYPE, loan.getId(), "brand=" + brand.getId() + " " + loan.details());
        return loan.getId();
    }

    /** Changes a loan, refusing a stale page; the due date follows the grant date and term. */
    @PreAuthorize("hasAuthority('finance:manage')")
    @Transactional
    public void update(long id, long shownVersion, PledgeDetails details, DataScope scope) {
        PledgeLoan loan = loans.getById(id, scope);
        loan.requireVersion(shownVersion);
        check(loan.getBrandId(), details, loan);
        PledgeDetails before = loan.details();
        loan.apply(details);
        loans.saveAndFlush(loan);
        history.record(OWNER_TYPE, id, "edit", loan.getStatus(), loan.getStatus(), null);
        audit.record("finance.pledge.edit", OWNER_TYPE, id, before + " → " + loan.details());
    }

    /** Marks a loan repaid (结清) on a day; a loan is repaid once. */
    @PreAuthorize("hasAuthority('finance:manage')")
    @Transactional
    public void markRepaid(long id, long shownVersion, LocalDate repaidOn, DataScope scope) {
        PledgeLoan loan = loans.getById(id, scope);
        loan.requireVersion(shownVersion);
        if (loan.getStatus() == PledgeStatus.REPAID) {
            throw new RuleViolation("finance.pledge.alreadyRepaid");
        }
        FinanceChecks.date("repaidOn", repaidOn);
        if (repaidOn.isBefore(loan.getGrantedOn())) {
            throw new RuleViolation("repaidOn", "finance.pledge.repaidOn.beforeGrant");
        }
        if (repaidOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("repaidOn", "finance.date.future");
        }
        loan.repaid(repaidOn);
        loans.saveAndFlush(loan);
        history.record(OWNER_TYPE, id, "repay", PledgeStatus.OUTSTANDING, PledgeStatus.REPAID, repaidOn.toString());
    }

    /** Outstanding loans of the scope due within {@code days} (or overdue), soonest first: the work list's question. */
    @PreAuthorize("hasAuthority('finance:view')")
    @Transactional(readOnly = true)
    public List<PledgeRow> dueWithin(int days, DataScope scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<PledgeLoan> found = loans.findAll(FinanceFilter.outstandingDueBetween(today.minusYears(1), today.plusDays(days)), scope,
                PageRequest.of(0, limit, Sort.by("dueOn", "id"))).getContent();
        return found.stream().map(rows(found)).toList();
    }

    private void check(long brandId, PledgeDetails d, PledgeLoan existing) {
        if (d.markId() == null) {
            throw new RuleViolation("markId", "finance.pledge.mark.required");
        }
        BrandMark mark = entityManager.find(BrandMark.class, d.markId());
        if (mark == null || mark.getBrandId() != brandId) {
            throw new RuleViolation("markId", "finance.pledge.mark.notOfBrand");
        }
        boolean sameMark = existing != null && existing.getMarkId() == d.markId();
        if (!sameMark && mark.getStatus() != MarkStatus.REGISTERED) {
            throw new RuleViolation("markId", "finance.pledge.mark.notRegistered");
        }
        FinanceChecks.text("bank", d.bank(), 100);
        FinanceChecks.money("amount", d.amount(), false);
        FinanceChecks.date("grantedOn", d.grantedOn());
        if (d.grantedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("grantedOn", "finance.date.future");
        }
        if (d.termMonths() == null) {
            throw new RuleViolation("termMonths", "NotNull");
        }
        if (d.termMonths() < 1 || d.termMonths() > 360) {
            throw new RuleViolation("termMonths", "finance.pledge.term");
        }
        if (existing != null && existing.getRepaidOn() != null && existing.getRepaidOn().isBefore(d.grantedOn())) {
            throw new RuleViolation("grantedOn", "finance.pledge.repaidOn.beforeGrant");
        }
        FinanceChecks.note(d.note());
    }

    /** Brand names and marks of the listed loans, in two queries for the page. */
    private Function<PledgeLoan, PledgeRow> rows(Collection<PledgeLoan> found) {
        Map<Long, BrandName> names = brands.names(found.stream().map(PledgeLoan::getBrandId).collect(Collectors.toSet()));
        List<Long> markIds = found.stream().map(PledgeLoan::getMarkId).distinct().toList();
        Map<Long, BrandMark> marks = markIds.isEmpty() ? Map.of() : entityManager
                .createQuery("select m from BrandMark m where m.id in :ids", BrandMark.class).setParameter("ids", markIds)
                .getResultStream().collect(Collectors.toMap(BrandMark::getId, Function.identity()));
        return loan -> new PledgeRow(loan, Objects.requireNonNull(names.get(loan.getBrandId())), marks.get(loan.getMarkId()));
    }
}
