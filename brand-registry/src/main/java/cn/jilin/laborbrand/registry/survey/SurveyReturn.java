package cn.jilin.laborbrand.registry.survey;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A prefecture-level bureau's return for one survey round: the figures of each of its brands and its groups of workers
 * that are not brands yet. It moves through {@link ReturnState} by the steps of {@link SurveyReturnWorkflow#TABLE} only.
 */
@Entity
@Table(name = "survey_return")
@DataScoped(region = "regionCode")
public class SurveyReturn extends AuditedEntity {

    static final String SUBJECT = "survey_return";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private ReturnState state = ReturnState.DRAFT;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    @ElementCollection
    @CollectionTable(name = "survey_return_brand", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "position")
    private List<ReturnBrandRow> brandRows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "survey_return_group", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "position")
    private List<ReturnGroupRow> groupRows = new ArrayList<>();

    protected SurveyReturn() {
    }

    SurveyReturn(long surveyId, String regionCode) {
        this.surveyId = surveyId;
        this.regionCode = regionCode;
    }

    /** The state setter of {@link SurveyReturnWorkflow#TABLE}: only a step of the workflow moves a return. */
    void moveTo(ReturnState next) {
        this.state = next;
    }

    void submitted(Instant now) {
        this.submittedAt = now;
    }

    void returned(String reason, Instant now) {
        this.returnReason = reason;
        this.decidedAt = now;
    }

    void accepted(Instant now) {
        this.decidedAt = now;
    }

    List<ReturnBrandRow> brandRowsForUpdate() {
        return brandRows;
    }

    void replaceGroups(List<ReturnGroupRow> groups) {
        groupRows.clear();
        groupRows.addAll(groups);
    }

    /** Loads the rows while the transaction is open (pages render after it has closed). */
    SurveyReturn withRows() {
        brandRows.size();
        groupRows.size();
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ReturnState getState() {
        return state;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<ReturnBrandRow> getBrandRows() {
        return Collections.unmodifiableList(brandRows);
    }

    public List<ReturnGroupRow> getGroupRows() {
        return Collections.unmodifiableList(groupRows);
    }

    public long getBrandWorkforce() {
        return brandRows.stream().mapToLong(ReturnBrandRow::getWorkforceSize).sum();
    }

    public long getGroupWorkforce() {
        return groupRows.stream().mapToLong(ReturnGroupRow::getWorkforceSize).sum();
    }

    public BigDecimal getAnnualLaborIncome() {
        return brandRows.stream().map(ReturnBrandRow::getAnnualLaborIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
