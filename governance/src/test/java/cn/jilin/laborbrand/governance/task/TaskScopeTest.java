package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

/**
 * Responsibility tasks are scoped by their department, in the query: a department officer lists, counts, exports and
 * opens only its own department's tasks; HRSS at the province all of them; a city bureau, an expert or an
 * administrator none.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class TaskScopeTest {

    @Autowired
    TaskService tasks;
    @Autowired
    GovernanceTestData data;
    @Autowired
    RegionService regions;

    long departmentA;
    long departmentB;
    long taskA;
    long taskB;

    @BeforeEach
    void twoDepartmentsWithATaskEach() {
        departmentA = data.freshDepartment();
        departmentB = data.freshDepartment();
        taskA = data.task(departmentA, "二(一)1");
        taskB = data.task(departmentB, "二(一)1");
    }

    private List<Long> listed(long officerOf, TaskFilter filter, DataScope scope) {
        return Actors.of(officerOf, () -> tasks.search(filter, scope, Pageable.unpaged(TaskService.PLAN_ORDER)).map(ResponsibilityTask::getId).getContent());
    }

    @Test
    void aDepartmentListsAndExportsOnlyItsOwnTasks() {
        DataScope own = DataScope.organisation(departmentA);
        assertThat(listed(departmentA, TaskFilter.none(), own)).containsExactly(taskA);
        // naming another department in the filter does not widen the scope
        assertThat(listed(departmentA, new TaskFilter(departmentB, null, null, null, null), own)).isEmpty();
        assertThat(Actors.of(departmentA, () -> tasks.export(TaskFilter.none(), own))).extracting(ResponsibilityTask::getId).containsExactly(taskA);
    }

    @Test
    void anotherDepartmentsTaskIsNotFoundAndLendsNoMeasure() {
        DataScope own = DataScope.organisation(departmentA);
        assertThat(Actors.of(departmentA, () -> tasks.get(taskA, own)).getOrganisationId()).isEqualTo(departmentA);
        assertThatThrownBy(() -> Actors.of(departmentA, () -> tasks.get(taskB, own))).isInstanceOf(NotFoundException.class);
        assertThat(Actors.of(departmentA, () -> tasks.measuresOf(List.of(taskA, taskB), own))).containsOnlyKeys(taskA);
    }

    @Test
    void theProvinceSeesEveryDepartmentsTasks() {
        assertThat(Actors.hrss(() -> tasks.search(new TaskFilter(departmentB, null, null, null, null), DataScope.province(), Pageable.unpaged())
                .map(ResponsibilityTask::getId).getContent())).containsExactly(taskB);
        assertThat(Actors.hrss(() -> tasks.search(TaskFilter.none(), DataScope.province(), Pageable.unpaged()).getContent()))
                .extracting(ResponsibilityTask::getId).contains(taskA, taskB);
        assertThat(Actors.hrss(() -> tasks.measuresOf(List.of(taskA, taskB), DataScope.province()))).containsOnlyKeys(taskA, taskB);
    }

    @Test
    void aCityAnExpertAndAnAdministratorSeeNoTaskOfTheProvincesPlan() {
        DataScope city = DataScope.region("220100", regions.coveredCodes("220100"));
        // a city sees its own 推进落实方案's tasks (CityTaskTest), none of the province's
        assertThat(Actors.hrss(() -> tasks.search(TaskFilter.none(), city, Pageable.unpaged()).getContent()))
                .allSatisfy(t -> assertThat(t.getPlanRegion()).isEqualTo("220100")).extracting(ResponsibilityTask::getId).doesNotContain(taskA, taskB);
        assertThatThrownBy(() -> Actors.hrss(() -> tasks.get(taskA, city))).isInstanceOf(NotFoundException.class);
        for (DataScope scope : List.of(DataScope.expert(1L), DataScope.none())) {
            assertThat(Actors.hrss(() -> tasks.search(TaskFilter.none(), scope, Pageable.unpaged()).getTotalElements())).as(scope.kind().name()).isZero();
            assertThatThrownBy(() -> Actors.hrss(() -> tasks.get(taskA, scope))).isInstanceOf(NotFoundException.class);
        }
    }
}
