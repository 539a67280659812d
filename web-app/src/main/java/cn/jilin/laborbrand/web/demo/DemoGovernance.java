package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.DecisionRequest;
import cn.jilin.laborbrand.governance.meeting.MeetingRecord;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.meeting.WorkMeeting;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.target.TargetService;
import cn.jilin.laborbrand.governance.task.CoordinationService;
import cn.jilin.laborbrand.governance.task.Indicator;
import cn.jilin.laborbrand.governance.task.MeasureCoordination;
import cn.jilin.laborbrand.governance.task.Milestone;
import cn.jilin.laborbrand.governance.task.ProgressReport;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.task.QuarterLine;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.ReportAction;
import cn.jilin.laborbrand.governance.task.ReportContent;
import cn.jilin.laborbrand.governance.task.ReportFilter;
import cn.jilin.laborbrand.governance.task.ReportService;
import cn.jilin.laborbrand.governance.task.ReportState;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskFilter;
import cn.jilin.laborbrand.governance.task.TaskPlan;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.review.ExpertDetails;
import cn.jilin.laborbrand.platform.review.ExpertPoolService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The plan in motion, for the demo: yearly milestones on every department's tasks; two leading-group meetings, the
 * second of which gives 财政厅 a new task and extends the tasks of 财政厅, 教育厅 and others into the next year;
 * quarterly reports from the first quarter of 2025 on, in every state for 财政厅 and 教育厅, mostly accepted for the
 * others, with some missing (overdue) and some waiting for HRSS; year-end target values for 2023 and 2024; the pool
 * details of the four demo experts. Everything goes through the module's ordinary services: each department opens and
 * submits its own reports, HRSS returns or accepts them. Every narrative, figure and snapshot is made up and marked as
 * demo data ({@link DemoRecords}). Quarters are counted back from today, so the demo stays current. Idempotent.
 */
@Component
@Profile("demo")
@Order(60)
class DemoGovernance implements ApplicationRunner {

    static final String FINANCE = "吉林省财政厅";
    static final String EDUCATION = "吉林省教育厅";
    private static final String[] AUTHORITIES = {"demo:provision", "plan:view", "task:view", "task:manage", "task:review",
        "meeting:manage", "system:account:view", "expert:view", "expert:manage"};
    /** What the demo holds when it writes a department's reports on the department's behalf. */
    private static final String[] DEPARTMENT = {"task:view", "task:report"};
    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    /** Tasks whose last quarter of 2025 the demo leaves unreported (they become overdue), and those left waiting. */
    private static final Set<String> MISSING_2025Q4 = Set.of("二(三)2 吉林省科技厅", "二(三)2 吉林证监局", "二(三)3 吉林省卫生健康委员会",
            "三(一) 吉林省广播电视台");
    private static final Set<String> SUBMITTED_2025Q4 = Set.of("二(二)2 吉林省商务厅", "二(一)2 吉林省乡村振兴局", "三(四) 吉林省广播电视台");
    private static final Set<String> RETURNED_2025Q4 = Set.of("三(三) 吉林省文化和旅游厅");
    private static final Set<String> AT_RISK = Set.of("二(三)3 吉林省自然资源厅", "二(三)2 中国人民银行长春中心支行", "二(三)1 吉林银保监局");

    private final TaskService tasks;
    private final ReportService reports;
    private final MeetingService meetings;
    private final PlanService plan;
    private final TargetService targets;
    private final ExpertPoolService experts;
    private final ReviewService reviews;
    private final AccountService accounts;
    private final CoordinationService coordination;
    private final DemoRecords demo;
    private final Clock clock;

    DemoGovernance(TaskService tasks, ReportService reports, MeetingService meetings, PlanService plan, TargetService targets,
                   ExpertPoolService experts, ReviewService reviews, AccountService accounts, CoordinationService coordination,
                   DemoRecords demo, Clock clock) {
        this.tasks = tasks;
        this.coordination = coordination;
        this.reports = reports;
        this.meetings = meetings;
        this.plan = plan;
        this.targets = targets;
        this.experts = experts;
        this.reviews = reviews;
        this.accounts = accounts;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            experts();
            milestones();
            meetingsAndDecisions();
            coordination();
            if (reports.search(ReportFilter.none(), DataScope.province(), PageRequest.of(0, 1)).getTotalElements() == 0) {
                progressReports();
                tasks.markOverdue();
            }
            snapshots();
        }, AUTHORITIES);
    }

    // ---- experts: their pool details (三(二)), filled in once

    private void experts() {
        expert("expert.li", new ExpertDetails(null, "李明哲", "吉林大学商学与管理学院", "教授", "劳动经济、就业政策、技能型品牌",
                Set.of("SKILL", "LIVELIHOOD"), Set.of("C", "A"), "农业技术员、汽车装调工", "220000", "13904310001"));
        expert("expert.wang", new ExpertDetails(null, "王秀兰", "长春工业大学", "教授", "汽车制造、职业技能评价",
                Set.of("SKILL"), Set.of("C"), "汽车装调工、焊工、数控车工", "220100", "13904310002"));
        expert("expert.zhao", new ExpertDetails(null, "赵宏伟", "北华大学", "副教授", "农业技术推广、区域品牌",
                Set.of("SKILL", "CULTURE_TOURISM"), Set.of("A", "N"), "农业技术员、食用菌生产工、园艺工", "220200", "13904310003"));
        expert("expert.chen", new ExpertDetails(null, "陈玉洁", "延边大学", "研究员", "文化旅游、民族手工艺、服务型品牌",
                Set.of("SERVICE", "CULTURE_TOURISM"), Set.of("R", "O", "Q"), "养老护理员、家政服务员、旅游服务员", "222400", "13904310004"));
    }

    private void expert(String username, ExpertDetails details) {
        accounts.findByUsername(username).flatMap(account -> reviews.expertOfAccount(account.id()))
                .filter(expert -> expert.getBrandTypes().isEmpty())
                .ifPresent(expert -> experts.update(expert.getId(), expert.getVersion(), new ExpertDetails(expert.getAccountId(),
                        details.name(), details.organisation(), details.title(), details.fields(), details.brandTypes(), details.industries(),
                        details.occupations(), details.homeRegionCode(), details.phone()), DataScope.province()));
    }

    // ---- milestones on every task that has none

    private void milestones() {
        Map<Long, PlanMeasure> measures = plan.byId();
        for (ResponsibilityTask task : allTasks()) {
            if (!task.getMilestones().isEmpty()) {
                continue;
            }
            String title = measures.get(task.getMeasureId()).getTitle();
            List<Milestone> list = List.of(
                    new Milestone(2022, "明确本部门承担“" + title + "”的责任处室、联络人和工作要求", true),
                    new Milestone(2023, "按职责出台配套政策措施，启动重点工作", true),
                    new Milestone(2024, "重点工作取得阶段性成效，形成可复制的做法", true),
                    new Milestone(2025, "完成“" + title + "”确定的目标任务，总结评估", false));
            tasks.plan(task.getId(), task.getVersion(), new TaskPlan(task.getDeadline(), task.getNote(), list), DataScope.province());
        }
    }

    // ---- two meetings of the leading group (三(一)), the second with decisions on tasks

    private void meetingsAndDecisions() {
        List<OrganisationChoice> departments = plan.departments();
        Set<Long> all = departments.stream().map(OrganisationChoice::id).collect(Collectors.toSet());
        Long first = meeting(new MeetingRecord(LocalDate.of(2025, 3, 18), "2025年第一次劳务品牌建设工作领导小组会议",
                "省人力资源和社会保障厅第一会议室", "孙建国",
                "会议听取了省人社厅关于2024年全省劳务品牌建设情况的汇报，研究部署2025年重点工作。\n"
                        + "会议指出，全省劳务品牌数量稳步增加，国家级品牌示范作用明显，但培育基地建设进度不均衡。\n"
                        + "会议要求各责任部门按季度报送工作进展，省人社厅汇总后报领导小组。（演示数据）", all));
        if (first != null) {
            meetings.decide(first, new DecisionRequest(DecisionKind.RESOLUTION,
                    "各责任部门于每季度结束后15日内通过平台报送职责任务进展，省人社厅审核汇总，每季度形成全省进展报告。", null, null, null, null), DataScope.province());
            meetings.decide(first, new DecisionRequest(DecisionKind.RESOLUTION,
                    "2025年内各市（州）至少建成1个劳务品牌培育基地，省人社厅会同省发展改革委开展省级培育基地认定。", null, null, null, null), DataScope.province());
        }
        Long second = meeting(new MeetingRecord(LocalDate.of(2025, 12, 16), "2025年第二次劳务品牌建设工作领导小组会议",
                "省人力资源和社会保障厅第一会议室", "孙建国",
                "会议总结了方案实施以来的工作，认为多数任务已按期完成，创新创业、技能提升和组织领导方面仍需持续推进。\n"
                        + "会议研究了“十四五”收官后相关任务的延续安排。（演示数据）",
                departments.stream().filter(d -> d.name().equals(FINANCE) || d.name().equals(EDUCATION) || d.name().contains("人力资源")
                        || d.name().contains("发展和改革") || d.name().contains("农业农村") || d.name().contains("人民银行"))
                        .map(OrganisationChoice::id).collect(Collectors.toSet())));
        if (second != null) {
            Map<String, Long> ids = taskIds();
            List<Long> extended = new ArrayList<>();
            for (String key : List.of("二(三)1 " + FINANCE, "三(一) " + FINANCE, "二(二)1 " + EDUCATION, "三(一) " + EDUCATION,
                    "二(二)1 吉林省人力资源和社会保障厅", "二(三)1 吉林省人力资源和社会保障厅")) {
                if (ids.containsKey(key)) {
                    extended.add(ids.get(key));
                }
            }
            meetings.decide(second, new DecisionRequest(DecisionKind.AMEND_TASKS,
                    "创新创业支持、技能提升和组织领导相关任务延续实施，完成时限调整至2026年12月31日，相关部门继续按季度报送进展。",
                    null, null, LocalDate.of(2026, 12, 31), extended), DataScope.province());
            Long finance = departments.stream().filter(d -> d.name().equals(FINANCE)).map(OrganisationChoice::id).findFirst().orElseThrow();
            Long measure = plan.byCode("二(二)2").orElseThrow().getId();
            meetings.decide(second, new DecisionRequest(DecisionKind.CREATE_TASK,
                    "省财政厅按职责落实扩大就业规模措施，保障就业创业服务补助、社会保险补贴和一次性交通补助资金。",
                    measure, finance, LocalDate.of(2026, 12, 31), null), DataScope.province());
        }
    }

    // ---- one measure with a coordinating unit, on the first meeting's resolution (the others: every unit by its share)

    private void coordination() {
        if (!coordination.inForce().isEmpty()) {
            return;
        }
        long measure = plan.byCode("二(一)2").orElseThrow().getId();
        long hrss = plan.departments().stream().filter(d -> d.name().contains("人力资源")).map(OrganisationChoice::id).findFirst().orElseThrow();
        demo.mark(MeasureCoordination.SUBJECT_TYPE, coordination.decide(measure, hrss,
                "2025年第一次劳务品牌建设工作领导小组会议：省人社厅会同有关部门统筹培育基地建设和认定（演示数据）"));
    }

    /** Records the meeting and marks it as demo data, unless one of that title exists (then null). */
    private Long meeting(MeetingRecord record) {
        boolean exists = meetings.list(DataScope.province(), Pageable.unpaged()).stream().map(WorkMeeting::getTitle).anyMatch(record.title()::equals);
        if (exists) {
            return null;
        }
        long id = meetings.record(record);
        demo.mark("work_meeting", id);
        return id;
    }

    // ---- quarterly reports from 2025 Q1 on, each department writing its own

    private void progressReports() {
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, String> names = plan.departments().stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
        Quarter lastEnded = Quarter.of(today()).previous();
        for (ResponsibilityTask task : allTasks()) {
            PlanMeasure measure = measures.get(task.getMeasureId());
            String department = names.get(task.getOrganisationId());
            String key = measure.getCode() + " " + department;
            List<Quarter> quarters = reports.openQuarters(task.getId(), DataScope.province()).stream().map(QuarterLine::quarter)
                    .filter(q -> q.compareTo(lastEnded) <= 0).sorted().toList();
            boolean special = department.equals(FINANCE) || department.equals(EDUCATION);
            for (int i = 0; i < quarters.size(); i++) {
                Quarter q = quarters.get(i);
                int fromEnd = quarters.size() - 1 - i;
                ReportState wanted = special ? specialState(key, fromEnd) : ordinaryState(key, q);
                if (wanted != null) {
                    TaskStatus status = AT_RISK.contains(key) && fromEnd == 0 ? TaskStatus.AT_RISK
                            : (!special && q.year() == 2025 && q.quarter() == 4 && !department.contains("人力资源") && measure.getCode().startsWith("二(一)"))
                            ? TaskStatus.DONE : TaskStatus.ON_TRACK;
                    report(task, q, content(measure, department, q, status), wanted);
                }
            }
        }
        log.info("Demo progress reports created");
    }

    /** The department opens and (unless it stays a draft) submits the report; HRSS then accepts or returns it. */
    private void report(ResponsibilityTask task, Quarter quarter, ReportContent content, ReportState wanted) {
        long department = task.getOrganisationId();
        DataScope own = DataScope.organisation(department);
        long id = DemoDepartment.call(department, DEPARTMENT, () -> reports.open(task.getId(), quarter, content, own));
        demo.mark(ProgressReport.SUBJECT_TYPE, id);
        if (wanted == ReportState.DRAFT) {
            return;
        }
        DemoDepartment.call(department, DEPARTMENT, () -> step(id, ReportAction.SUBMIT, null, own));
        if (wanted == ReportState.ACCEPTED) {
            step(id, ReportAction.ACCEPT, "同意。", DataScope.province());
        } else if (wanted == ReportState.RETURNED) {
            step(id, ReportAction.RETURN, "请补充本季度量化指标的统计口径，并附相关文件作为佐证材料。", DataScope.province());
        }
    }

    private Void step(long id, ReportAction action, String comment, DataScope scope) {
        reports.act(id, reports.get(id, scope).getVersion(), action, comment, scope);
        return null;
    }

    /** 财政厅 and 教育厅: accepted but for the latest quarters, which show every state (one left unreported → overdue). */
    private static ReportState specialState(String key, int fromEnd) {
        boolean finance = key.endsWith(FINANCE);
        boolean firstTask = key.startsWith("二");
        if (fromEnd > 2) {
            return ReportState.ACCEPTED;
        }
        if (finance && firstTask) {
            return new ReportState[]{ReportState.SUBMITTED, ReportState.RETURNED, ReportState.ACCEPTED}[fromEnd];
        }
        if (finance) {
            // the latest quarter is left for the browser journey to file
            return fromEnd == 0 ? null : ReportState.ACCEPTED;
        }
        if (firstTask) {
            return new ReportState[]{ReportState.SUBMITTED, ReportState.RETURNED, ReportState.ACCEPTED}[fromEnd];
        }
        return fromEnd == 0 ? ReportState.DRAFT : ReportState.ACCEPTED;
    }

    private static ReportState ordinaryState(String key, Quarter q) {
        boolean last2025 = q.year() == 2025 && q.quarter() == 4;
        if (last2025 && MISSING_2025Q4.contains(key)) {
            return null;
        }
        if (last2025 && SUBMITTED_2025Q4.contains(key)) {
            return ReportState.SUBMITTED;
        }
        if (last2025 && RETURNED_2025Q4.contains(key)) {
            return ReportState.RETURNED;
        }
        return ReportState.ACCEPTED;
    }

    private static ReportContent content(PlanMeasure measure, String department, Quarter q, TaskStatus status) {
        int seed = Math.abs((measure.getCode() + department + q).hashCode());
        String narrative = department + "围绕方案" + measure.getCode() + "“" + measure.getTitle() + "”，" + q.year() + "年第" + q.quarter()
                + "季度召开专题会议" + (1 + seed % 3) + "次，会同相关部门开展调研和政策落实，"
                + (status == TaskStatus.AT_RISK ? "部分配套资金和项目落地进度慢于计划，已提请领导小组协调。" : "各项工作按计划推进。")
                + "下一步将继续加强部门协同，按期完成年度节点任务。（演示数据）";
        List<Indicator> indicators = List.of(
                new Indicator("开展专项工作（次）", BigDecimal.valueOf(2 + seed % 6), "次"),
                new Indicator("惠及劳务品牌从业人员", BigDecimal.valueOf(300 + seed % 2700), "人"));
        return new ReportContent(narrative, status, indicators);
    }

    // ---- year-end values of the targets, made up for 2023 and 2024 (before the platform measured them)

    private void snapshots() {
        Map<String, Long> cities = new LinkedHashMap<>();
        cities.put("220100", 2L);
        cities.put("220200", 1L);
        cities.put("220400", 1L);
        cities.put("222400", 2L);
        cities.put("220500", 1L);
        cities.put("220600", 1L);
        cities.put("220700", 1L);
        Set<String> kept = new HashSet<>();
        targets.yearEndsRecorded().forEach((code, years) -> years.forEach(year -> kept.add(code + " " + year)));
        yearEnd(kept, 2023, Map.of("BRANDS_REGIONAL_INDUSTRY", 6L, "BRANDS_NATIONAL", 3L, "BRANDS_PROVINCIAL", 1L, "BRANDS_MUNICIPAL", 2L,
                "BASES_PROVINCIAL", 3L, "TRAINED", 41_200L, "CERTIFIED", 27_900L), Map.of("220100", 1L, "220200", 1L, "220400", 1L, "222400", 1L));
        yearEnd(kept, 2024, Map.of("BRANDS_REGIONAL_INDUSTRY", 11L, "BRANDS_NATIONAL", 3L, "BRANDS_PROVINCIAL", 3L, "BRANDS_MUNICIPAL", 5L,
                "BASES_PROVINCIAL", 6L, "TRAINED", 58_600L, "CERTIFIED", 39_300L), cities);
    }

    private void yearEnd(Set<String> kept, int year, Map<String, Long> values, Map<String, Long> baseCities) {
        values.forEach((code, value) -> yearEnd(kept, code, year, value, Map.of()));
        yearEnd(kept, "BASES_PER_CITY", year, baseCities.size(), baseCities);
    }

    private void yearEnd(Set<String> kept, String code, int year, long value, Map<String, Long> byRegion) {
        if (kept.add(code + " " + year)) {
            demo.mark("target_snapshot", targets.recordYearEnd(code, year, value, byRegion));
        }
    }

    // ---- helpers

    private List<ResponsibilityTask> allTasks() {
        return tasks.search(new TaskFilter(null, null, null, null, PlanOwner.province()), DataScope.province(),
                        Pageable.unpaged(TaskService.PLAN_ORDER)).getContent().stream()
                .map(t -> tasks.get(t.getId(), DataScope.province())).toList();
    }

    private Map<String, Long> taskIds() {
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, String> names = plan.departments().stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
        return allTasks().stream().collect(Collectors.toMap(t -> measures.get(t.getMeasureId()).getCode() + " " + names.get(t.getOrganisationId()),
                ResponsibilityTask::getId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
