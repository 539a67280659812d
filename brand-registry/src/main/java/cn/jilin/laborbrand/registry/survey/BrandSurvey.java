package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 劳务品牌摸底调查: one round per year, opened by HRSS for the whole province. Rounds belong to the province, not to a
 * region, so everyone with {@code survey:view} sees them; the returns filed for a round are scoped by region.
 */
@Entity
@Table(name = "brand_survey")
public class BrandSurvey extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    private String title;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private SurveyStatus status = SurveyStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandSurvey() {
    }

    BrandSurvey(NewSurvey round) {
        this.year = round.year();
        this.title = round.title().strip();
        this.deadline = round.deadline();
    }

    void close(Instant now) {
        this.status = SurveyStatus.CLOSED;
        this.closedAt = now;
    }

    public boolean isOpen() {
        return status == SurveyStatus.OPEN;
    }

    /** Open and past its deadline: returns are still taken, but late. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && deadline != null && today.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isDemo() {
        return demo;
    }
}
