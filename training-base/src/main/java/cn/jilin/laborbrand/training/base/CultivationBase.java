package cn.jilin.laborbrand.training.base;

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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 劳务品牌培育基地: an institution or enterprise designated to grow brands (each city 1–2; 15+ provincial by 2025). */
@Entity
@Table(name = "cultivation_base")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class CultivationBase extends AuditedEntity {

    public static final String SUBJECT_TYPE = "cultivation_base";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "institution_id")
    private long institutionId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "region_code")
    private String regionCode;

    private String address;

    private int capacity;

    private String facilities;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone_cipher")
    private String contactPhoneCipher;

    @Enumerated(EnumType.STRING)
    private BaseLevel level = BaseLevel.NONE;

    /** Computed by the database from the level, for sorting only. */
    @Column(name = "level_rank", insertable = false, updatable = false)
    private Short levelRank;

    @Enumerated(EnumType.STRING)
    private BaseState state = BaseState.REGISTERED;

    @Column(name = "designated_at")
    private Instant designatedAt;

    @Column(name = "evaluation_year")
    private Integer evaluationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_outcome")
    private BaseAction evaluationOutcome;

    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cultivation_base_brand", joinColumns = @JoinColumn(name = "base_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    protected CultivationBase() {
    }

    void write(String name, long institutionId, long organisationId, List<Long> brandIds, String regionCode, String address,
               int capacity, String facilities, String contactName, String contactPhoneCipher) {
        this.name = name;
        this.institutionId = institutionId;
        this.organisationId = organisationId;
        this.brandIds.clear();
        this.brandIds.addAll(brandIds);
        this.regionCode = regionCode;
        this.address = address;
        this.capacity = capacity;
        this.facilities = facilities;
        this.contactName = contactName;
        this.contactPhoneCipher = contactPhoneCipher;
    }

    /** The state setter of {@link BaseWorkflow}: only a step of the workflow moves a base. */
    void moveTo(BaseState to) {
        this.state = to;
    }

    /** The level a designation or revocation leaves the base at, and since when. */
    void rank(BaseLevel level, Instant at) {
        if (level != this.level) {
            this.level = level;
            this.designatedAt = level == BaseLevel.NONE ? null : at;
        }
    }

    void evaluated(int year, BaseAction outcome) {
        this.evaluationYear = year;
        this.evaluationOutcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getAddress() {
        return address;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getFacilities() {
        return facilities;
    }

    public String getContactName() {
        return contactName;
    }

    String getContactPhoneCipher() {
        return contactPhoneCipher;
    }

    public BaseLevel getLevel() {
        return level;
    }

    public BaseState getState() {
        return state;
    }

    public Instant getDesignatedAt() {
        return designatedAt;
    }

    public Integer getEvaluationYear() {
        return evaluationYear;
    }

    public BaseAction getEvaluationOutcome() {
        return evaluationOutcome;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<Long> getBrandIds() {
        return Set.copyOf(brandIds);
    }

    /** Designated at some level and not revoked: counts towards the plan's targets. */
    public boolean isDesignated() {
        return level != BaseLevel.NONE && (state == BaseState.DESIGNATED || state == BaseState.RECTIFYING || state == BaseState.RECOMMENDED);
    }
}
