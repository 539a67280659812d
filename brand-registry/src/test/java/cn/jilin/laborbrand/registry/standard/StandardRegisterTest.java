package cn.jilin.laborbrand.registry.standard;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's register of brand standards and credit commitment systems: read by the province and every city,
 * nobody else; numbers, dates and withdrawal checked; a stale page refused; every change audited.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class StandardRegisterTest {

    static final String[] MANAGER = {"standard:manage", "standard:view", "brand:view"};
    static final LocalDate ISSUED = LocalDate.of(2023, 5, 1);

    @Autowired
    BrandStandardService standards;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private long brand;

    @BeforeEach
    void aBrand() {
        tag = RegistryRecords.unique("标准");
        brand = records.brand(LIAOYUAN);
    }

    private static <T> T manager(Supplier<T> work) {
        return as(work, MANAGER);
    }

    private StandardDetails standard(String number, Set<Long> brands, LocalDate effective, StandardStatus status, LocalDate withdrawn) {
        return new StandardDetails(StandardKind.GROUP, tag + "焊工服务规范", number, "吉林省焊接协会", brands, ISSUED, effective, status, withdrawn);
    }

    private List<Long> listed(DataScope scope) {
        return as(() -> standards.search(new StandardFilter(null, null, null, tag), scope, PageRequest.of(0, 20, Sort.by("id")))
                .map(s -> s.standard().getId()).getContent(), "standard:view", "brand:view");
    }

    @Test
    void theProvinceAndEveryCityReadTheRegisterNobodyElse() {
        long id = manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province()));
        long commitment = manager(() -> standards.create(new StandardDetails(StandardKind.CREDIT_COMMITMENT, tag + "诚信承诺制度", null,
                "吉林省家庭服务业协会", Set.of(), ISSUED, ISSUED, StandardStatus.IN_FORCE, null), DataScope.province()));
        assertThat(listed(DataScope.province())).containsExactly(id, commitment);
        assertThat(listed(records.city(CHANGCHUN))).containsExactly(id, commitment);
        assertThat(listed(DataScope.organisation(1))).isEmpty();
        assertThatThrownBy(() -> as(() -> standards.get(id, DataScope.none()), "standard:view")).isInstanceOf(NotFoundException.class);
        StandardSummary summary = as(() -> standards.search(new StandardFilter(StandardKind.GROUP, null, brand, tag), DataScope.province(),
                PageRequest.of(0, 5)), "standard:view", "brand:view").getContent().get(0);
        assertThat(summary.brandNames()).hasSize(1);
    }

    @Test
    void numbersDatesBrandsAndWithdrawalAreChecked() {
        assertThatThrownBy(() -> manager(() -> standards.create(standard(" ", Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province())))
                .hasMessageContaining("standard.number.required");
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province())))
                .hasMessageContaining("standard.brands.required");
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(-1L), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province())))
                .hasMessageContaining("standard.brands.outOfScope");
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED.minusDays(1), StandardStatus.IN_FORCE, null),
                DataScope.province()))).hasMessageContaining("standard.effectiveFrom.beforeIssue");
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.WITHDRAWN, null),
                DataScope.province()))).hasMessageContaining("standard.withdrawnOn.required");
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.WITHDRAWN, ISSUED.minusDays(3)),
                DataScope.province()))).hasMessageContaining("standard.withdrawnOn.beforeIssue");
        manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province()));
        assertThatThrownBy(() -> manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province())))
                .hasMessageContaining("standard.number.taken");
        assertThat(listed(DataScope.province())).hasSize(1);
    }

    @Test
    void withdrawingIsAnAuditedEditAndAStalePageIsRefused() {
        long id = manager(() -> standards.create(standard(tag, Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province()));
        manager(() -> {
            standards.update(id, 0, standard(tag, Set.of(brand), ISSUED, StandardStatus.WITHDRAWN, LocalDate.of(2024, 6, 1)), DataScope.province());
            return null;
        });
        assertThatThrownBy(() -> manager(() -> {
            standards.update(id, 0, standard(tag, Set.of(brand), ISSUED, StandardStatus.IN_FORCE, null), DataScope.province());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as(() -> standards.get(id, DataScope.province()), "standard:view").getStatus()).isEqualTo(StandardStatus.WITHDRAWN);
        assertThat(jdbc.queryForList("select action from audit_event where object_type = 'brand_standard' and object_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("brand_standard.create", "brand_standard.withdraw");
        List<WorkflowStep> steps = as(() -> standards.history(id, DataScope.province()), "standard:view");
        assertThat(steps).extracting(WorkflowStep::getAction).containsExactly("create", "withdraw");
        assertThat(steps).extracting(WorkflowStep::getToState).containsExactly("IN_FORCE", "WITHDRAWN");
        assertThat(steps.get(1).getComment()).isEqualTo("废止日期：— → 2024-06-01");
    }
}
