package cn.jilin.laborbrand.governance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.task.PlanOverview;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan as a tree: chapters, sections and measures in the plan's order, each measure with the departments its
 * bracket names and then any added since; filtered to one department's measures; a carrier links to its task only for
 * those whose scope covers it.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class PlanOverviewTest {

    @Autowired
    PlanOverview overview;
    @Autowired
    PlanService plan;
    @Autowired
    GovernanceTestData data;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    long department;
    long task;

    @BeforeEach
    void aDepartmentAddedToOneMeasure() {
        department = data.freshDepartment();
        task = data.task(department, "二(一)2");
    }

    private static Stream<PlanOverview.Node> flat(List<PlanOverview.Node> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flat(n.children())));
    }

    private static PlanOverview.Node node(PlanOverview.Tree tree, String code) {
        return flat(tree.chapters()).filter(n -> n.measure().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theTreeFollowsThePlansTextAndEachMeasureListsItsBracketFirst() {
        PlanOverview.Tree tree = Actors.hrss(() -> overview.tree(null, DataScope.province()));
        assertThat(tree.chapters()).extracting(n -> n.measure().getCode()).containsExactly("一", "二", "三");
        assertThat(tree.chapters().get(1).children()).extracting(n -> n.measure().getCode()).containsExactly("二(一)", "二(二)", "二(三)");
        // every node of the plan, each once, in the plan's order
        assertThat(flat(tree.chapters()).map(n -> n.measure().getCode()).toList())
                .containsExactlyElementsOf(plan.nodes().stream().map(PlanMeasure::getCode).toList());
        PlanOverview.Node measure = node(tree, "二(一)2");
        List<Long> bracket = Actors.hrss(() -> plan.departmentsByMeasure()).get(measure.measure().getId()).stream()
                .map(MeasureDepartment::getOrganisationId).toList();
        assertThat(measure.carriers()).extracting(PlanOverview.Carrier::organisationId).startsWith(bracket.toArray(Long[]::new)).contains(department);
        assertThat(measure.carriers().get(measure.carriers().size() - 1).organisationId()).isEqualTo(department);
        // no unit leads by its place in the bracket: only a recorded decision makes one coordinate
        List<Long> inForce = jdbc.queryForList("select organisation_id from measure_coordination where id = (select max(id) "
                + "from measure_coordination where measure_id = ?) and organisation_id is not null", Long.class, measure.measure().getId());
        assertThat(measure.carriers()).filteredOn(PlanOverview.Carrier::coordinating).extracting(PlanOverview.Carrier::organisationId)
                .containsExactlyElementsOf(inForce);
        assertThat(tree.tasks()).as("the province's plan's tasks, none of a city's")
                .isEqualTo(jdbc.queryForObject("select count(*) from responsibility_task where plan_region is null", Long.class));
        assertThat(tree.measures()).isEqualTo(plan.measures().size());
    }

    @Test
    void aDepartmentFilterLeavesOnlyThePathToItsMeasures() {
        PlanOverview.Tree tree = Actors.hrss(() -> overview.tree(department, DataScope.province()));
        // the chapters stay, as the page's headings; below them only what leads to the department's measure
        assertThat(tree.chapters()).extracting(n -> n.measure().getCode()).containsExactly("一", "二", "三");
        assertThat(tree.chapters().get(0).children()).isEmpty();
        assertThat(tree.chapters().get(2).children()).isEmpty();
        assertThat(tree.chapters().get(1).children()).extracting(n -> n.measure().getCode()).containsExactly("二(一)");
        assertThat(tree.chapters().get(1).children().get(0).children()).singleElement().satisfies(n -> {
            assertThat(n.measure().getCode()).isEqualTo("二(一)2");
            assertThat(n.carriers()).singleElement().satisfies(c -> {
                assertThat(c.task().id()).isEqualTo(task);
                assertThat(c.name()).isEqualTo(data.name(department));
            });
        });
    }

    @Test
    void aCarrierLinksToItsTaskOnlyForThoseWhoseScopeCoversIt() {
        List<PlanOverview.Carrier> asDepartment = Actors.of(department, () -> overview.tree(null, DataScope.organisation(department)))
                .chapters().stream().flatMap(c -> flat(List.of(c))).flatMap(n -> n.carriers().stream()).toList();
        assertThat(asDepartment).filteredOn(PlanOverview.Carrier::own).extracting(PlanOverview.Carrier::organisationId).containsOnly(department);
        assertThat(Actors.hrss(() -> node(overview.tree(null, DataScope.province()), "二(一)2")).carriers()).allMatch(PlanOverview.Carrier::own);
        // a city follows the plan but reads no task
        DataScope city = DataScope.region("220100", regions.coveredCodes("220100"));
        assertThat(SystemActor.call(() -> node(overview.tree(null, city), "二(一)2"), "plan:view").carriers()).noneMatch(PlanOverview.Carrier::own);
    }

    @Test
    void aDecisionChoosesAmongEveryTaskByMeasureAndDepartment() {
        List<PlanOverview.TaskChoice> choices = Actors.hrss(() -> overview.taskChoices());
        assertThat(choices).hasSize(jdbc.queryForObject("select count(*) from responsibility_task where plan_region is null", Integer.class));
        assertThat(choices).filteredOn(c -> c.id() == task).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("二(一)2 " + data.name(department)));
        var measures = plan.byId();
        List<Integer> order = choices.stream().map(c -> measures.get(c.measureId()).getSortOrder()).toList();
        assertThat(order).isSorted();
    }
}
