package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Formula;

/**
 * 职责任务: what one unit carries of one measure (按职责分工负责: every unit a measure names is responsible for its
 * share), with yearly milestones and a deadline. A task belongs to the province's plan or to a prefecture-level unit's
 * 推进落实方案 ({@link #getPlanRegion()}). Scoped by its unit: a department officer sees only its own unit's tasks; a
 * city's task also by the unit's region, so that the city's officers see their plan's tasks and a county's its own.
 */
@Entity
@Table(name = "responsibility_task")
@DataScoped(organisation = "organisationId", region = "regionCode")
public class ResponsibilityTask extends AuditedEntity {

    /** The name of tasks in the audit log. */
    public static final String SUBJECT_TYPE = "responsibility_task";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id")
    private long measureId;

    @Column(name = "organisation_id")
    private long organisationId;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    private boolean overdue;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "overdue_quarter")
    private String overdueQuarter;

    private String note;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "reports_from")
    private LocalDate reportsFrom;

    @Column(name = "plan_region")
    private String planRegion;

    @Column(name = "region_code")
    private String regionCode;

    /** The measure's place in the plan and the department's in the plan's signature block, for sorting lists only. */
    @Formula("(select m.sort_order from plan_measure m where m.id = measure_id)")
    private Integer measureOrder;

    @Formula("(select o.sort_order from organisation o where o.id = organisation_id)")
    private Integer departmentOrder;

    @ElementCollection
    @CollectionTable(name = "task_milestone", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("year")
    private List<Milestone> milestones = new ArrayList<>();

    protected ResponsibilityTask() {
    }

    ResponsibilityTask(PlanOwner plan, long measureId, long organisationId, String regionCode, LocalDate deadline, Long decisionId,
                       LocalDate reportsFrom) {
        this.planRegion = plan.regionCode();
        this.regionCode = plan.isProvince() ? null : regionCode;
        this.reportsFrom = reportsFrom;
        this.measureId = measureId;
        this.organisationId = organisationId;
        this.deadline = deadline;
        this.decisionId = decisionId;
    }

    void plan(LocalDate deadline, String note) {
        this.deadline = deadline;
        this.note = Text.orNull(note);
    }

    /**
     * Its unit was succeeded: the successor carries the task on, with its reports and history; a city's task takes the
     * successor's region, so that the successor's officers see it and the predecessor's county no longer does.
     */
    void carryOverTo(OrganisationChoice successor) {
        this.organisationId = successor.id();
        if (regionCode != null) {
            this.regionCode = successor.regionCode();
        }
    }

    void extend(LocalDate deadline) {
        this.deadline = deadline;
    }

    void replaceMilestones(List<Milestone> replacement) {
        milestones.clear();
        milestones.addAll(replacement);
    }

    void status(TaskStatus status) {
        this.status = status;
    }

    /** Marks the task overdue since {@code today} for the missing quarter, or clears the mark; returns whether it changed. */
    boolean markOverdue(Quarter missing, LocalDate today) {
        if (missing == null) {
            if (!overdue) {
                return false;
            }
            overdue = false;
            overdueSince = null;
            overdueQuarter = null;
            return true;
        }
        String quarter = missing.toString();
        if (overdue && quarter.equals(overdueQuarter)) {
            return false;
        }
        if (!overdue) {
            overdueSince = today;
        }
        overdue = true;
        overdueQuarter = quarter;
        return true;
    }

    /** Loads the milestones while the transaction is open (pages render after it has closed). */
    ResponsibilityTask withMilestones() {
        milestones.size();
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getMeasureId() {
        return measureId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    /** The earliest quarter whose report is missing, while overdue. */
    public Quarter getOverdueQuarter() {
        return overdueQuarter == null ? null : Quarter.parse(overdueQuarter);
    }

    public String getNote() {
        return note;
    }

    /** The first day of the first quarter this task reports on, when later than the plan's (a task added later). */
    public LocalDate getReportsFrom() {
        return reportsFrom;
    }

    /** The first day from which this task reports, given the plan's. */
    public LocalDate reportingFrom(LocalDate plans) {
        return reportsFrom != null && reportsFrom.isAfter(plans) ? reportsFrom : plans;
    }

    /** The prefecture-level unit whose 推进落实方案 this task belongs to; null: the province's plan. */
    public String getPlanRegion() {
        return planRegion;
    }

    /** Whose plan this task belongs to. */
    public PlanOwner getPlan() {
        return PlanOwner.of(planRegion);
    }

    /** A city's task: the region of its unit; null for the province's. */
    public String getRegionCode() {
        return regionCode;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }
}
