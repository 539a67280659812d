package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.pdf.PdfDocuments;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三(一): the quarterly progress report of all departments for the leading group, as PDF: for each department, each
 * task with the quarter's report (its state, the status given, what was done, the indicators), and the tasks without
 * one. Written in Chinese, the plan's language.
 */
@Service
public class QuarterlyProgress {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ResponsibilityTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final TaskService taskService;
    private final PlanService plan;
    private final CoordinationService coordination;
    private final PdfDocuments pdf;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AuditService audit;

    QuarterlyProgress(ResponsibilityTaskRepository tasks, ProgressReportRepository reports, TaskService taskService, PlanService plan,
                      CoordinationService coordination, PdfDocuments pdf, OrganisationService organisations, RegionService regions,
                      AuditService audit) {
        this.organisations = organisations;
        this.regions = regions;
        this.coordination = coordination;
        this.tasks = tasks;
        this.reports = reports;
        this.taskService = taskService;
        this.plan = plan;
        this.pdf = pdf;
        this.audit = audit;
    }

    /**
     * The PDF of one quarter over the tasks of the plan the caller reviews (HRSS: the province's, its leading group's
     * paper; a city's officers: their 推进落实方案's, for the city's leading group), within the caller's scope; the
     * download is audited.
     */
    @PreAuthorize("hasAuthority('task:review')")
    @Transactional
    public byte[] pdf(Quarter quarter, DataScope scope) {
        PlanOwner owner = scope.isProvince() ? PlanOwner.province() : PlanOwner.of(scope.regionCode());
        List<ResponsibilityTask> all = tasks.findAll(new TaskFilter(null, null, null, null, owner).toSpecification(), scope, TaskService.PLAN_ORDER);
        Map<Long, ProgressReport> byTask = reports.findAll(new ReportFilter(null, null, quarter.year(), quarter.quarter(), null, owner).toSpecification(),
                scope, ReportService.NEWEST_FIRST).stream().peek(ProgressReport::withIndicators)
                .collect(Collectors.toMap(ProgressReport::getTaskId, Function.identity()));
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, Long> coordinators = owner.isProvince() ? coordination.unitsInForce() : Map.of();
        List<OrganisationChoice> departments = owner.isProvince() ? plan.departments() : units(all);
        String office = owner.isProvince() ? "吉林省" : regions.find(owner.regionCode()).map(r -> r.getName()).orElse("");
        String issuer = taskService.reviewingOffice(owner).orElse("吉林省人力资源和社会保障厅");
        long departmentCount = all.stream().map(ResponsibilityTask::getOrganisationId).distinct().count();
        Map<Long, List<ResponsibilityTask>> byDepartment = all.stream().collect(Collectors.groupingBy(ResponsibilityTask::getOrganisationId));
        long filed = byTask.values().stream().filter(ProgressReport::isFiled).count();
        long accepted = byTask.values().stream().filter(r -> r.getState() == ReportState.ACCEPTED).count();
        long overdue = all.stream().filter(ResponsibilityTask::isOverdue).count();
        String period = label(quarter);
        byte[] document = pdf.write(period + "劳务品牌建设工作进展", c -> {
            c.title(office + "劳务品牌建设工作进展情况（" + period + "）");
            c.subtitle((owner.isProvince() ? "依据《吉林省劳务品牌建设实施方案》（" + plan.document().getDocNumber() + "）"
                    : "依据本地劳务品牌建设推进落实方案") + " · 报送截止 "
                    + DATE.format(taskService.dueDate(quarter)) + " · 供劳务品牌建设工作领导小组参阅");
            c.heading("一、总体情况");
            c.paragraph((scope.isProvince() ? "全省" : owner.isProvince() ? "本范围内" : "本地") + departmentCount + "个责任部门共承担职责任务" + all.size() + "项。本季度已报送进展报告" + filed + "份，其中已采纳" + accepted
                    + "份；未报送" + (all.size() - filed) + "项；当前逾期未报任务" + overdue + "项。");
            c.heading("二、各部门进展");
            for (OrganisationChoice department : departments) {
                List<ResponsibilityTask> own = byDepartment.getOrDefault(department.id(), List.of());
                if (own.isEmpty()) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ResponsibilityTask task : own) {
                    PlanMeasure measure = measures.get(task.getMeasureId());
                    ProgressReport report = byTask.get(task.getId());
                    rows.add(List.of(measure.getCode() + " " + measure.getTitle() + (CoordinationService.coordinates(coordinators, task) ? "（统筹单位）" : ""),
                            report == null || !report.isFiled() ? "未报送" + (task.isOverdue() ? "（逾期）" : "") : stateLabel(report.getState()),
                            report == null ? "—" : statusLabel(report.getTaskStatus()),
                            report == null || !report.isFiled() ? "—" : summary(report)));
                }
                c.heading(department.name());
                c.table(List.of("职责任务", "报告状态", "推进情况", "工作进展与量化指标"), rows, 3.2f, 1.4f, 1.4f, 6f);
            }
            c.note("注：“已报送”含待审核和退回修改的报告；推进情况为部门在报告中的自评。本表由吉林省劳务品牌建设管理平台生成。");
            c.signature(issuer, DATE.format(taskService.today()));
        });
        audit.record("report.quarterly.pdf", ProgressReport.SUBJECT_TYPE, null, period + " tasks=" + all.size() + " filed=" + filed);
        return document;
    }

    /** A city's units carrying its tasks: its own first, then the counties', in the directory's order. */
    private List<OrganisationChoice> units(List<ResponsibilityTask> all) {
        return organisations.choices(all.stream().map(ResponsibilityTask::getOrganisationId).distinct().toList()).values().stream()
                .sorted(java.util.Comparator.comparing(OrganisationChoice::regionCode).thenComparing(OrganisationChoice::id)).toList();
    }

    /** {@code 2025年第4季度}. */
    public static String label(Quarter quarter) {
        return quarter.year() + "年第" + "一二三四".charAt(quarter.quarter() - 1) + "季度";
    }

    private static String summary(ProgressReport report) {
        String text = report.getNarrative();
        if (text.length() > 160) {
            text = text.substring(0, 160) + "……";
        }
        String indicators = report.getIndicators().stream().map(i -> i.getName() + " " + i.getDisplayValue() + i.getUnit())
                .collect(Collectors.joining("；"));
        return indicators.isEmpty() ? text : text + "\n指标：" + indicators;
    }

    private static String stateLabel(ReportState state) {
        return switch (state) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "待审核";
            case RETURNED -> "退回修改";
            case ACCEPTED -> "已采纳";
        };
    }

    private static String statusLabel(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未启动";
            case ON_TRACK -> "按计划推进";
            case AT_RISK -> "存在风险";
            case DONE -> "已完成";
        };
    }

}
