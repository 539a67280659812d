package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.PlanDocument;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The plan's part of the work list. A department: the quarters' reports due (or late) on its tasks, drafts not yet
 * submitted, reports returned for amendment (a city's or county's unit likewise on its city's tasks). HRSS: submitted
 * reports to accept, and overdue tasks; a city's officers the same for their 推进落实方案. At most
 * {@value #CAP} items of a kind, then one that leads to the full list.
 */
@Component
class GovernanceWorkItems implements WorkItemSource {

    static final int CAP = 8;

    private final TaskService tasks;
    private final ReportService reports;
    private final PlanService plan;

    GovernanceWorkItems(TaskService tasks, ReportService reports, PlanService plan) {
        this.tasks = tasks;
        this.reports = reports;
        this.plan = plan;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        if (user.can(ReportWorkflow.REPORT) && user.can("task:view") && user.organisationId() != null) {
            items.addAll(department(user));
        }
        if (user.can(ReportWorkflow.REVIEW) && user.can("task:view") && (user.scope().isProvince()
                || user.scope().kind() == DataScope.Kind.REGION)) {
            items.addAll(reviewer(user, user.scope().isProvince() ? PlanOwner.province() : PlanOwner.city(user.scope().regionCode())));
        }
        return items;
    }

    private List<WorkItem> department(SignedInAccount user) {
        PlanDocument document = plan.document();
        Map<Long, PlanMeasure> measures = plan.byId();
        LocalDate today = tasks.today();
        List<ResponsibilityTask> own = tasks.search(new TaskFilter(user.organisationId(), null, null, null, null), user.scope(),
                Pageable.unpaged(TaskService.PLAN_ORDER)).getContent();
        List<ProgressReport> all = reports.search(new ReportFilter(user.organisationId(), null, null, null, null, null), user.scope(),
                Pageable.unpaged(ReportService.NEWEST_FIRST)).getContent();
        Map<Long, Map<Quarter, ProgressReport>> byTask = all.stream().collect(Collectors.groupingBy(ProgressReport::getTaskId,
                Collectors.toMap(ProgressReport::getPeriod, Function.identity())));
        List<WorkItem> late = new ArrayList<>();
        List<WorkItem> due = new ArrayList<>();
        List<WorkItem> returned = new ArrayList<>();
        for (ResponsibilityTask task : own) {
            String measure = measures.get(task.getMeasureId()).getLabel();
            Map<Quarter, ProgressReport> ofTask = byTask.getOrDefault(task.getId(), Map.of());
            int lateOfTask = 0;
            for (Quarter quarter : OverdueRule.reportable(today, task.reportingFrom(document.getReportingFrom()), task.getDeadline())) {
                ProgressReport report = ofTask.get(quarter);
                if (report != null && report.getState() == ReportState.RETURNED) {
                    returned.add(WorkItem.of(WorkItem.Kind.RETURNED, "worklist.report.returned", "/tasks/reports/" + report.getId(), null,
                            measure, quarter.year(), quarter.quarter()));
                    continue;
                }
                if ((report != null && report.isFiled()) || !today.isAfter(quarter.lastDay())) {
                    continue;
                }
                if (task.getStatus() == TaskStatus.DONE) {
                    continue;
                }
                LocalDate dueDate = quarter.dueDate(document.getReportGraceDays());
                String link = report == null ? "/tasks/" + task.getId() + "/reports/new?year=" + quarter.year() + "&quarter=" + quarter.quarter()
                        : "/tasks/reports/" + report.getId();
                boolean isLate = today.isAfter(dueDate);
                if (isLate && lateOfTask++ > 0) {
                    continue; // one late quarter per task: filing it brings up the next
                }
                (isLate ? late : due).add(WorkItem.of(isLate ? WorkItem.Kind.OVERDUE : WorkItem.Kind.DUE,
                        isLate ? "worklist.report.late" : "worklist.report.due", link, dueDate, measure, quarter.year(), quarter.quarter()));
            }
        }
        List<WorkItem> items = new ArrayList<>();
        items.addAll(capped(late, "worklist.report.lateMore", "/tasks?overdue=true"));
        items.addAll(capped(returned, "worklist.report.returnedMore", "/tasks/reports?state=RETURNED"));
        items.addAll(capped(due, "worklist.report.dueMore", "/tasks"));
        return items;
    }

    /**
     * The office of a plan (HRSS the province's, a city's officers their 推进落实方案's): its overdue tasks and the reports
     * submitted to it. A county officer's plan has no tasks (plans belong to prefecture-level units), so nothing comes.
     */
    private List<WorkItem> reviewer(SignedInAccount user, PlanOwner owner) {
        Map<Long, PlanMeasure> measures = plan.byId();
        int grace = plan.document().getReportGraceDays();
        Map<Long, ResponsibilityTask> all = tasks.search(new TaskFilter(null, null, null, null, owner), user.scope(), Pageable.unpaged(TaskService.PLAN_ORDER))
                .getContent().stream().collect(Collectors.toMap(ResponsibilityTask::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Map<Long, String> names = owner.isProvince() ? plan.departmentNames() : tasks.unitNames(all.values().stream().map(ResponsibilityTask::getOrganisationId).toList());
        List<WorkItem> toAccept = reports.search(new ReportFilter(null, ReportState.SUBMITTED, null, null, null, owner), user.scope(),
                        Pageable.unpaged(ReportService.NEWEST_FIRST)).getContent().stream()
                .map(r -> WorkItem.of(WorkItem.Kind.DECIDE, "worklist.report.toAccept", "/tasks/reports/" + r.getId(), null,
                        names.get(r.getOrganisationId()), measures.get(all.get(r.getTaskId()).getMeasureId()).getLabel(), r.getYear(), r.getQuarter()))
                .toList();
        List<WorkItem> overdue = all.values().stream().filter(ResponsibilityTask::isOverdue)
                .map(t -> WorkItem.of(WorkItem.Kind.OVERDUE, "worklist.task.overdue", "/tasks/" + t.getId(), t.getOverdueQuarter().dueDate(grace),
                        names.get(t.getOrganisationId()), measures.get(t.getMeasureId()).getLabel(),
                        t.getOverdueQuarter().year(), t.getOverdueQuarter().quarter()))
                .toList();
        List<WorkItem> items = new ArrayList<>();
        items.addAll(capped(overdue, "worklist.task.overdueMore", "/tasks?overdue=true"));
        items.addAll(capped(toAccept, "worklist.report.toAcceptMore", "/tasks/reports?state=SUBMITTED"));
        return items;
    }

    /** The first {@value #CAP} items, and one that leads to the rest. */
    private static List<WorkItem> capped(List<WorkItem> items, String moreKey, String moreLink) {
        if (items.size() <= CAP) {
            return items;
        }
        List<WorkItem> kept = new ArrayList<>(items.subList(0, CAP - 1));
        WorkItem.Kind kind = items.get(0).kind();
        kept.add(WorkItem.of(kind, moreKey, moreLink, null, items.size() - (CAP - 1)));
        return kept;
    }

}
