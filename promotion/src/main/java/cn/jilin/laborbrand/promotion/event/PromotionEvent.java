package cn.jilin.laborbrand.promotion.event;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A promotion event (三(三): 展示交流活动、专业论坛、文化体验馆; job fairs and publicity weeks too): when, where, who organises
 * it, the brands taking part (by id) and, afterwards, what it achieved. A public event appears on the public calendar.
 */
@Entity
@Table(name = "promotion_event")
@DataScoped(region = "regionCode")
public class PromotionEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String title;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private String place;

    private String organiser;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "public_event")
    private boolean publicEvent;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_event_brand", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    private Integer visitors;

    private Integer agreements;

    @Column(name = "agreement_amount")
    private BigDecimal agreementAmount;

    @Column(name = "jobs_offered")
    private Integer jobsOffered;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected PromotionEvent() {
    }

    PromotionEvent(EventDetails details, String regionCode) {
        change(details, regionCode);
    }

    final void change(EventDetails details, String regionCode) {
        this.kind = details.kind();
        this.title = details.title().strip();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn() == null ? details.startsOn() : details.endsOn();
        this.place = details.place().strip();
        this.organiser = details.organiser().strip();
        this.regionCode = regionCode;
        this.publicEvent = details.publicEvent();
        this.description = Text.orNull(details.description());
        this.brandIds.clear();
        if (details.brandIds() != null) {
            this.brandIds.addAll(details.brandIds());
        }
    }

    void outcome(EventOutcome outcome) {
        this.visitors = outcome.visitors();
        this.agreements = outcome.agreements();
        this.agreementAmount = outcome.agreementAmount() == null ? null : outcome.agreementAmount().setScale(2, java.math.RoundingMode.HALF_UP);
        this.jobsOffered = outcome.jobsOffered();
        this.outcomeNote = Text.orNull(outcome.note());
    }

    /** Whether any outcome has been recorded. */
    public boolean hasOutcome() {
        return visitors != null || agreements != null || agreementAmount != null || jobsOffered != null || outcomeNote != null;
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isPublicEvent() {
        return publicEvent;
    }

    public String getDescription() {
        return description;
    }

    public Set<Long> getBrandIds() {
        return Set.copyOf(brandIds);
    }

    public Integer getVisitors() {
        return visitors;
    }

    public Integer getAgreements() {
        return agreements;
    }

    public BigDecimal getAgreementAmount() {
        return agreementAmount;
    }

    public Integer getJobsOffered() {
        return jobsOffered;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public boolean isDemo() {
        return demo;
    }
}
