package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.MeasureDepartment;
import cn.jilin.laborbrand.governance.plan.MeasureLevel;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as everyone who follows it reads it: its text as a tree of chapters, sections and measures, each measure with
 * the departments its bracket names (then any a leading-group decision added), all responsible (按职责分工负责), the one
 * that coordinates it where the plan manager recorded one, and the standing of their tasks; and
 * every task named by its measure and department, for a decision to choose from. Read-only, the same for all; only
 * which tasks link to their pages depends on the caller.
 */
@Service
public class PlanOverview {

    private final PlanService plan;
    private final ResponsibilityTaskRepository tasks;
    private final CoordinationService coordinations;
    private final OrganisationService organisations;
    private final CurrentUser user;

    PlanOverview(PlanService plan, ResponsibilityTaskRepository tasks, CoordinationService coordinations,
                 OrganisationService organisations, CurrentUser user) {
        this.organisations = organisations;
        this.plan = plan;
        this.tasks = tasks;
        this.coordinations = coordinations;
        this.user = user;
    }

    /**
     * A department of a measure as the tree shows it: its name, whether it coordinates the measure, its task's standing,
     * and whether the caller may open the task.
     */
    public record Carrier(long organisationId, String name, boolean coordinating, TaskLine task, boolean own) {
    }

    /**
     * A node of the tree with its children and, for a measure, its carriers and the coordination decision in force (null
     * when none was ever recorded; one without organisation when it was withdrawn).
     */
    public record Node(PlanMeasure measure, List<Node> children, List<Carrier> carriers, MeasureCoordination coordination) {

        /** The overdue tasks on this node and below. */
        public long overdue() {
            return carriers.stream().filter(c -> c.task() != null && c.task().overdue()).count()
                    + children.stream().mapToLong(Node::overdue).sum();
        }

        /** The tasks of this measure reported done. */
        public long done() {
            return carriers.stream().filter(c -> c.task() != null && c.task().status() == TaskStatus.DONE).count();
        }
    }

    /** The tree with the plan's figures: measures, tasks, tasks done and overdue (of the whole plan, whatever the filter). */
    public record Tree(List<Node> chapters, long measures, long tasks, long done, long overdue) {
    }

    /** A task as a decision names it: its measure's code and its department, with the deadline now. */
    public record TaskChoice(long id, long measureId, String measureCode, long organisationId, String department, LocalDate deadline) {

        public String label() {
            return measureCode + " " + department;
        }
    }

    /**
     * The plan as a tree, or only the measures a department carries when {@code department} is given. A carrier links to
     * its task when the caller may read tasks and its scope covers that department (the province, or its own).
     */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's page: every department's task and standing, read-only, for all who follow the plan (DESIGN: departments see the plan dashboard)")
    @Transactional(readOnly = true)
    public Tree tree(Long department, DataScope scope) {
        Map<Long, String> names = plan.departmentNames();
        Map<Long, List<MeasureDepartment>> named = plan.departmentsByMeasure();
        Map<Long, Long> successors = organisations.successors();
        List<TaskLine> lines = tasks.findProvinceLines();
        Map<Long, List<TaskLine>> linesByMeasure = lines.stream().collect(Collectors.groupingBy(TaskLine::measureId));
        List<PlanMeasure> nodes = plan.nodes();
        Map<String, List<PlanMeasure>> childrenOf = nodes.stream().filter(n -> n.getParentCode() != null)
                .collect(Collectors.groupingBy(PlanMeasure::getParentCode));
        boolean readsTasks = user.holds("task:view");
        Map<Long, MeasureCoordination> coordination = coordinations.decisionsInForce();
        Builder builder = new Builder(childrenOf, named, successors, linesByMeasure, coordination, names, department,
                organisationId -> readsTasks && (scope.isProvince() || organisationId.equals(scope.organisationId())));
        List<Node> chapters = nodes.stream().filter(n -> n.getLevel() == MeasureLevel.CHAPTER).map(builder::node).toList();
        return new Tree(chapters, nodes.stream().filter(PlanMeasure::isMeasure).count(), lines.size(),
                lines.stream().filter(l -> l.status() == TaskStatus.DONE).count(), lines.stream().filter(TaskLine::overdue).count());
    }

    /** Every task by its measure (in the plan's order) and department, for a leading-group decision to choose from. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's tasks as the leading group decides about them: measure, department and deadline, no report")
    @Transactional(readOnly = true)
    public List<TaskChoice> taskChoices() {
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, String> names = plan.departments().stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
        return tasks.findProvinceLines().stream()
                .sorted(Comparator.comparingInt((TaskLine l) -> measures.get(l.measureId()).getSortOrder()).thenComparingLong(TaskLine::organisationId))
                .map(l -> new TaskChoice(l.id(), l.measureId(), measures.get(l.measureId()).getCode(), l.organisationId(),
                        names.getOrDefault(l.organisationId(), ""), l.deadline()))
                .toList();
    }

    /** Builds the nodes from children looked up by the parent's code (one pass over the plan, not a search per node). */
    private record Builder(Map<String, List<PlanMeasure>> childrenOf, Map<Long, List<MeasureDepartment>> named, Map<Long, Long> successors,
                           Map<Long, List<TaskLine>> linesByMeasure, Map<Long, MeasureCoordination> coordination,
                           Map<Long, String> names, Long department,
                           Function<Long, Boolean> opens) {

        Node node(PlanMeasure measure) {
            List<Node> children = new ArrayList<>();
            for (PlanMeasure child : childrenOf.getOrDefault(measure.getCode(), List.of())) {
                Node node = node(child);
                if (department == null || !node.carriers().isEmpty() || !node.children().isEmpty()) {
                    children.add(node);
                }
            }
            return new Node(measure, children, measure.isMeasure() ? carriers(measure) : List.of(), coordination.get(measure.getId()));
        }

        private List<Carrier> carriers(PlanMeasure measure) {
            List<MeasureDepartment> bracket = named.getOrDefault(measure.getId(), List.of());
            List<TaskLine> lines = linesByMeasure.getOrDefault(measure.getId(), List.of());
            Map<Long, TaskLine> taskOf = lines.stream().collect(Collectors.toMap(TaskLine::organisationId, Function.identity()));
            // the bracket's departments first, in its order (a succeeded one as its successor), then any a decision added
            Set<Long> order = new LinkedHashSet<>();
            bracket.forEach(d -> order.add(successors.getOrDefault(d.getOrganisationId(), d.getOrganisationId())));
            lines.forEach(l -> order.add(l.organisationId()));
            MeasureCoordination decided = coordination.get(measure.getId());
            Long coordinator = decided == null ? null : decided.getOrganisationId();
            List<Carrier> carriers = new ArrayList<>();
            for (Long organisationId : order) {
                if (department != null && !department.equals(organisationId)) {
                    continue;
                }
                TaskLine task = taskOf.get(organisationId);
                carriers.add(new Carrier(organisationId, names.getOrDefault(organisationId, ""), organisationId.equals(coordinator), task,
                        opens.apply(organisationId)));
            }
            return carriers;
        }
    }
}
