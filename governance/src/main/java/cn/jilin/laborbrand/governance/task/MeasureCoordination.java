package cn.jilin.laborbrand.governance.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;

/**
 * 统筹单位: the decision that one of a measure's responsible units coordinates it (or, without an organisation, that none
 * does any more), with its basis and who recorded it. Never changed: the latest decision per measure is in force, the
 * earlier ones are its history.
 */
@Entity
@Immutable
@Table(name = "measure_coordination")
public class MeasureCoordination {

    /** The name of coordination decisions in the audit log. */
    public static final String SUBJECT_TYPE = "measure_coordination";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id")
    private long measureId;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String basis;

    @Generated
    @Column(name = "decided_at", insertable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    protected MeasureCoordination() {
    }

    MeasureCoordination(long measureId, Long organisationId, String basis, Long decidedBy, String decidedByName) {
        this.measureId = measureId;
        this.organisationId = organisationId;
        this.basis = basis;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
    }

    public Long getId() {
        return id;
    }

    public long getMeasureId() {
        return measureId;
    }

    /** The coordinating unit, or null when this decision withdrew it. */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** 依据: the meeting or document that decided it. */
    public String getBasis() {
        return basis;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }
}
