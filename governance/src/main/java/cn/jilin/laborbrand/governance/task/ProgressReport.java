package cn.jilin.laborbrand.governance.task;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Formula;

/**
 * 工作进展: a department's report on one task for one quarter — what was done, the measured indicators, where the task
 * stands. Scoped like its task (by the unit, and a city's by the unit's region). It moves by the steps of {@link ReportWorkflow#TABLE} only; the
 * {@code demo} flag is set by the demo runner's marking, never by the report's own steps.
 */
@Entity
@Table(name = "progress_report")
@DataScoped(organisation = "organisationId", region = "regionCode")
public class ProgressReport extends AuditedEntity {

    /** The name of reports in attachments, workflow history and the audit log. */
    public static final String SUBJECT_TYPE = "progress_report";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    @Column(name = "organisation_id")
    private long organisationId;

    private int year;

    private int quarter;

    @Enumerated(EnumType.STRING)
    private ReportState state = ReportState.DRAFT;

    private String narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_status")
    private TaskStatus taskStatus;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private boolean demo;

    @Column(name = "plan_region")
    private String planRegion;

    @Column(name = "region_code")
    private String regionCode;

    /** The department's place in the plan's signature block, for sorting lists only. */
    @Formula("(select o.sort_order from organisation o where o.id = organisation_id)")
    private Integer departmentOrder;

    @ElementCollection
    @CollectionTable(name = "report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    protected ProgressReport() {
    }

    ProgressReport(ResponsibilityTask task, Quarter quarter) {
        this.taskId = task.getId();
        this.organisationId = task.getOrganisationId();
        this.planRegion = task.getPlanRegion();
        this.regionCode = task.getRegionCode();
        this.year = quarter.year();
        this.quarter = quarter.quarter();
    }

    void write(String narrative, TaskStatus taskStatus, List<Indicator> indicators) {
        this.narrative = narrative.strip();
        this.taskStatus = taskStatus;
        this.indicators.clear();
        this.indicators.addAll(indicators);
    }

    /** The state setter of the workflow table: only {@code Workflows.take} moves a report. */
    void moveTo(ReportState state) {
        this.state = state;
    }

    /** What a step taken leaves on the report besides its state: when it was submitted or decided, and why. */
    void stepped(ReportAction action, String comment, Instant now) {
        switch (action) {
            case SUBMIT -> {
                this.submittedAt = now;
                this.returnReason = null;
            }
            case RETURN -> {
                this.returnReason = comment;
                this.decidedAt = now;
            }
            case ACCEPT -> {
                this.reviewComment = comment;
                this.decidedAt = now;
            }
        }
    }

    /** Loads the indicators while the transaction is open. */
    ProgressReport withIndicators() {
        indicators.size();
        return this;
    }

    public Long getId() {
        return id;
    }

    /** Whose plan the report's task belongs to (its reports go up to that plan's office). */
    public PlanOwner getPlan() {
        return PlanOwner.of(planRegion);
    }

    public long getTaskId() {
        return taskId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public Quarter getPeriod() {
        return new Quarter(year, quarter);
    }

    public ReportState getState() {
        return state;
    }

    public String getNarrative() {
        return narrative;
    }

    public TaskStatus getTaskStatus() {
        return taskStatus;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Whether the report has been submitted at least once: the quarter counts as reported for the overdue rule. */
    public boolean isFiled() {
        return submittedAt != null;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }
}
