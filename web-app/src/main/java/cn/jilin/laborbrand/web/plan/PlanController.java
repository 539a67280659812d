package cn.jilin.laborbrand.web.plan;

import cn.jilin.laborbrand.governance.plan.MeasureDepartment;
import cn.jilin.laborbrand.governance.plan.MeasureLevel;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.TaskLine;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /plan: 吉林省劳务品牌建设实施方案 as a navigable tree — chapters, sections and measures with their full text, each
 * measure with the departments its bracket names and the standing of their tasks. Read-only for everyone who follows
 * the plan; a department's own tasks link to their pages.
 */
@Controller
@RequestMapping("/plan")
class PlanController {

    private final PlanService plan;
    private final TaskService tasks;
    private final OrganisationService organisations;

    PlanController(PlanService plan, TaskService tasks, OrganisationService organisations) {
        this.plan = plan;
        this.tasks = tasks;
        this.organisations = organisations;
    }

    /** A department of a measure as the tree shows it: name, lead or not, and its task's standing. */
    record Carrier(long organisationId, String name, boolean lead, TaskLine task, boolean own) {
    }

    /** A node of the tree with its children and, for a measure, its carriers. */
    record Node(PlanMeasure measure, List<Node> children, List<Carrier> carriers) {
        public long overdue() {
            return carriers.stream().filter(c -> c.task() != null && c.task().overdue()).count()
                    + children.stream().mapToLong(Node::overdue).sum();
        }

        public long done() {
            return carriers.stream().filter(c -> c.task() != null && c.task().status().name().equals("DONE")).count();
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('plan:view')")
    String tree(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department, Model model) {
        List<OrganisationChoice> departments = organisations.choices().stream()
                .filter(o -> o.kind() == OrganisationKind.PROVINCIAL_DEPARTMENT).toList();
        Map<Long, String> names = departments.stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
        Map<Long, List<MeasureDepartment>> named = plan.departmentsByMeasure();
        List<TaskLine> lines = tasks.lines();
        Map<String, TaskLine> taskOf = lines.stream().collect(Collectors.toMap(l -> l.measureId() + ":" + l.organisationId(), Function.identity()));
        List<PlanMeasure> nodes = plan.nodes();
        List<Node> chapters = new ArrayList<>();
        for (PlanMeasure chapter : nodes.stream().filter(n -> n.getLevel() == MeasureLevel.CHAPTER).toList()) {
            chapters.add(node(chapter, nodes, named, lines, taskOf, names, user, department));
        }
        model.addAttribute("document", plan.document());
        model.addAttribute("chapters", chapters);
        model.addAttribute("departments", departments);
        model.addAttribute("department", department);
        model.addAttribute("taskCount", lines.size());
        model.addAttribute("measureCount", nodes.stream().filter(PlanMeasure::isMeasure).count());
        model.addAttribute("overdueCount", lines.stream().filter(TaskLine::overdue).count());
        model.addAttribute("doneCount", lines.stream().filter(l -> l.status().name().equals("DONE")).count());
        return "plan/tree";
    }

    private Node node(PlanMeasure measure, List<PlanMeasure> all, Map<Long, List<MeasureDepartment>> named, List<TaskLine> lines,
                      Map<String, TaskLine> taskOf, Map<Long, String> names, SignedInAccount user, Long department) {
        List<Node> children = new ArrayList<>();
        for (PlanMeasure child : all.stream().filter(n -> measure.getCode().equals(n.getParentCode())).toList()) {
            Node node = node(child, all, named, lines, taskOf, names, user, department);
            if (department == null || !node.carriers().isEmpty() || !node.children().isEmpty()) {
                children.add(node);
            }
        }
        List<Carrier> carriers = new ArrayList<>();
        if (measure.isMeasure()) {
            // the bracket's departments first, in its order, then any a leading-group decision added
            List<Long> order = new ArrayList<>(named.getOrDefault(measure.getId(), List.of()).stream().map(MeasureDepartment::getOrganisationId).toList());
            lines.stream().filter(l -> l.measureId() == measure.getId() && !order.contains(l.organisationId())).forEach(l -> order.add(l.organisationId()));
            for (Long organisationId : order) {
                if (department != null && !department.equals(organisationId)) {
                    continue;
                }
                TaskLine task = taskOf.get(measure.getId() + ":" + organisationId);
                boolean lead = task != null ? task.role().name().equals("LEAD")
                        : named.getOrDefault(measure.getId(), List.of()).stream().anyMatch(d -> d.getOrganisationId() == organisationId && d.isLead());
                boolean own = user.can("task:view") && (user.scope().isProvince() || organisationId.equals(user.organisationId()));
                carriers.add(new Carrier(organisationId, names.getOrDefault(organisationId, ""), lead, task, own));
            }
        }
        return new Node(measure, children, carriers);
    }
}
