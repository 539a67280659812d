package cn.jilin.laborbrand.training.incubator;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** 创业孵化载体: a park or base that hosts brand start-ups, with the space and fee waivers it offers them (二(三)1). */
@Entity
@Table(name = "incubator")
@DataScoped(region = "regionCode")
public class Incubator extends AuditedEntity {

    static final String SUBJECT_TYPE = "incubator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private IncubatorKind kind;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "operator_id")
    private Long operatorId;

    @Column(name = "brand_space_m2")
    private BigDecimal brandSpace;

    @Column(name = "rent_waived")
    private boolean rentWaived;

    @Column(name = "rent_waiver_note")
    private String rentWaiverNote;

    @Column(name = "utilities_waived")
    private boolean utilitiesWaived;

    @Column(name = "provincial_excellent")
    private boolean provincialExcellent;

    @Column(name = "recognised_year")
    private Integer recognisedYear;

    private boolean demo;

    protected Incubator() {
    }

    void write(IncubatorDetails d) {
        this.kind = d.kind();
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.operatorId = d.operatorId();
        this.brandSpace = d.brandSpace().setScale(2);
        this.rentWaived = d.rentWaived();
        this.rentWaiverNote = d.rentWaived() && d.rentWaiverNote() != null && !d.rentWaiverNote().isBlank() ? d.rentWaiverNote().strip() : null;
        this.utilitiesWaived = d.utilitiesWaived();
        this.provincialExcellent = d.provincialExcellent();
        this.recognisedYear = d.provincialExcellent() ? d.recognisedYear() : null;
    }

    public IncubatorDetails details() {
        return new IncubatorDetails(kind, name, regionCode, operatorId, brandSpace, rentWaived, rentWaiverNote, utilitiesWaived,
                provincialExcellent, recognisedYear);
    }

    public Long getId() {
        return id;
    }

    public IncubatorKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public BigDecimal getBrandSpace() {
        return brandSpace;
    }

    public boolean isRentWaived() {
        return rentWaived;
    }

    public String getRentWaiverNote() {
        return rentWaiverNote;
    }

    public boolean isUtilitiesWaived() {
        return utilitiesWaived;
    }

    public boolean isProvincialExcellent() {
        return provincialExcellent;
    }

    public Integer getRecognisedYear() {
        return recognisedYear;
    }

    /** Recognised as 省级优秀创业孵化示范基地 without the year it was: the work list asks for it. */
    public boolean isRecognitionYearMissing() {
        return provincialExcellent && recognisedYear == null;
    }

    public boolean isDemo() {
        return demo;
    }
}
