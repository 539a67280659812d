package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.NewClaims;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Subsidy records of 延边 for the authorisation matrix, made through the subsidy services where a route needs a real
 * one (a policy, a claim from a 延边 course's trainees, a budget line); an objection and a batch are rows the matrix only
 * reads through their routes, so they are inserted as they would stand.
 */
@Component
class SubsidyMatrixRecords {

    private static final String[] ALL = {"subsidy:view", "subsidy:claim", "subsidy:policy", "subsidy:budget", "subsidy:budget:view",
            "training:view", "employment:view"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MatrixRecords records;
    private final PolicyService policies;
    private final ClaimService claims;
    private final BudgetService budgets;
    private final RegionService regions;
    private final JdbcTemplate jdbc;

    SubsidyMatrixRecords(MatrixRecords records, PolicyService policies, ClaimService claims, BudgetService budgets, RegionService regions,
                         JdbcTemplate jdbc) {
        this.records = records;
        this.policies = policies;
        this.claims = claims;
        this.budgets = budgets;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    Map<String, String> policy() {
        int n = SEQUENCE.incrementAndGet();
        long id = as(() -> policies.create("MATRIX-" + n + "-" + System.nanoTime() % 100000, new PolicyDetails("矩阵补贴政策" + n,
                SubsidyKind.STARTUP_TRAINING, PayeeKind.PERSON, EvidenceKind.COURSE, null, List.of(), ApprovalLevel.CITY, 7, null, null, false, false,
                null, true)));
        return Map.of("id", String.valueOf(id));
    }

    /** A draft claim of 延边, with an objection on record (the objection route reads it). */
    Map<String, String> claim() {
        long policy = Long.parseLong(policy().get("id"));
        long course = Long.parseLong(records.trainee().get("id"));
        long id = as(() -> claims.open(new NewClaims(policy, course, Set.of()), yanbian())).get(0);
        long objection = jdbc.queryForObject("insert into subsidy_objection (claim_id, received_on, objector, content) values (?, ?, '矩阵', '异议') "
                + "returning id", Long.class, id, LocalDate.of(2026, 1, 1));
        return Map.of("id", String.valueOf(id), "objectionId", String.valueOf(objection));
    }

    /** A budget line of 延边 and an open batch on it, with no line. */
    Map<String, String> batch() {
        long policy = Long.parseLong(policy().get("id"));
        long budget = as(() -> budgets.allocate(2026, MatrixRecords.YANBIAN, policy, new BigDecimal("1000.00"), DataScope.province()));
        long id = jdbc.queryForObject("insert into disbursement_batch (number, budget_id, region_code, state) values (?, ?, ?, 'OPEN') returning id",
                Long.class, "矩阵" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, budget, MatrixRecords.YANBIAN);
        return Map.of("id", String.valueOf(id));
    }

    private DataScope yanbian() {
        return DataScope.region(MatrixRecords.YANBIAN, regions.coveredCodes(MatrixRecords.YANBIAN));
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }
}
