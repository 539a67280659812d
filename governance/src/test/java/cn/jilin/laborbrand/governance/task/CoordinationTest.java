package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Joint responsibility: the plan's brackets say 按职责分工负责, so no unit leads by its place in the list; a coordinating
 * unit exists only as a recorded decision with its basis, every decision is kept, the latest is in force, and the plan's
 * tree and the quarterly PDF follow it.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class CoordinationTest {

    @Autowired
    CoordinationService coordination;
    @Autowired
    PlanOverview overview;
    @Autowired
    PlanService plan;
    @Autowired
    GovernanceTestData data;
    @Autowired
    JdbcTemplate jdbc;

    long measure;
    long first;
    long second;

    @BeforeEach
    void twoDepartmentsOnOneMeasure() {
        measure = plan.byCode("二(三)2").orElseThrow().getId();
        first = data.freshDepartment();
        second = data.freshDepartment();
        data.task(first, "二(三)2");
        data.task(second, "二(三)2");
    }

    private static Stream<PlanOverview.Node> flat(List<PlanOverview.Node> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flat(n.children())));
    }

    private List<PlanOverview.Carrier> carriers(String code) {
        return flat(Actors.hrss(() -> overview.tree(null, DataScope.province())).chapters())
                .filter(n -> n.measure().getCode().equals(code)).findFirst().orElseThrow().carriers();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from measure_coordination where measure_id = ?", Long.class, measure);
    }

    @Test
    void noUnitLeadsByItsPlaceInTheBracket() {
        // the first-named-leads reading is gone from the schema
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where (table_name = 'plan_measure_department' "
                + "and column_name = 'lead') or (table_name = 'responsibility_task' and column_name = 'role')", Integer.class)).isZero();
        // a measure no decision was recorded on names no coordinating unit, its first-named unit (科技厅 for 二(三)2) included
        List<String> undecided = jdbc.queryForList("select code from plan_measure m where level = 'MEASURE' and not exists "
                + "(select 1 from measure_coordination c where c.measure_id = m.id)", String.class);
        assertThat(undecided).isNotEmpty();
        for (String code : undecided) {
            assertThat(carriers(code)).as(code).isNotEmpty().noneMatch(PlanOverview.Carrier::coordinating);
        }
    }

    @Test
    void aRecordedDecisionMakesOneResponsibleUnitCoordinateAndEveryDecisionIsKept() {
        long a = Actors.hrss(() -> coordination.decide(measure, first, "  2025年第二次领导小组会议纪要  "));
        assertThat(carriers("二(三)2")).filteredOn(PlanOverview.Carrier::coordinating).extracting(PlanOverview.Carrier::organisationId)
                .containsExactly(first);
        assertThat(Actors.hrss(() -> coordination.coordinators())).containsEntry(measure, first);

        long b = Actors.hrss(() -> coordination.decide(measure, second, "省人社厅文件"));
        long none = Actors.hrss(() -> coordination.decide(measure, null, "领导小组决定各单位按职责分工负责"));
        List<MeasureCoordination> history = Actors.hrss(() -> coordination.history(measure));
        assertThat(history).extracting(MeasureCoordination::getId).startsWith(none, b, a);
        assertThat(history.get(2).getBasis()).isEqualTo("2025年第二次领导小组会议纪要");
        assertThat(history.get(0).getOrganisationId()).isNull();
        assertThat(history).allSatisfy(h -> assertThat(h.getDecidedByName()).isNotBlank());
        assertThat(carriers("二(三)2")).noneMatch(PlanOverview.Carrier::coordinating);
        assertThat(Actors.hrss(() -> coordination.coordinators())).doesNotContainKey(measure);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'plan.coordination' and object_type = ? "
                + "and object_id in (?, ?, ?)", Integer.class, MeasureCoordination.SUBJECT_TYPE, "" + a, "" + b, "" + none)).isEqualTo(3);
    }

    @Test
    void aDecisionWithoutBasisForAnOutsiderOrChangingNothingIsRefusedAndNothingIsRecorded() {
        Actors.hrss(() -> coordination.decide(measure, first, "会议纪要"));
        long before = rows();
        long outsider = data.freshDepartment();
        assertRefused(() -> coordination.decide(measure, second, "  "), "NotBlank");
        assertRefused(() -> coordination.decide(measure, second, null), "NotBlank");
        assertRefused(() -> coordination.decide(measure, second, "据".repeat(201)), "coordination.basis.tooLong");
        assertRefused(() -> coordination.decide(measure, outsider, "会议纪要"), "coordination.notResponsible");
        assertRefused(() -> coordination.decide(measure, first, "再次决定"), "coordination.unchanged");
        long chapter = plan.byCode("二").orElseThrow().getId();
        assertThatThrownBy(() -> Actors.hrss(() -> coordination.decide(chapter, null, "章节"))).isInstanceOf(NotFoundException.class);
        assertThat(rows()).isEqualTo(before);
        // 200 characters are enough
        Actors.hrss(() -> coordination.decide(measure, second, "据".repeat(200)));
        assertThat(rows()).isEqualTo(before + 1);
    }

    @Test
    void onlyThePlanManagerRecordsADecision() {
        long before = rows();
        assertThatThrownBy(() -> Actors.of(first, () -> coordination.decide(measure, first, "自己指定")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.of(first, () -> coordination.decide(measure, first, "自己指定"), "plan:view", "task:view", "task:review"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }

    private void assertRefused(Runnable decision, String key) {
        assertThatThrownBy(() -> Actors.hrss(decision)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly(key));
    }
}
