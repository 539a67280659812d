package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A brand or an enterprise (by id) in an alliance; one member of each alliance is its lead. */
@Entity
@Table(name = "alliance_member")
class AllianceMember extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alliance_id")
    private long allianceId;

    @Enumerated(EnumType.STRING)
    private MemberKind kind;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "organisation_id")
    private Long organisationId;

    private boolean lead;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    protected AllianceMember() {
    }

    private AllianceMember(long allianceId, MemberKind kind, Long brandId, Long organisationId, LocalDate joinedOn) {
        this.allianceId = allianceId;
        this.kind = kind;
        this.brandId = brandId;
        this.organisationId = organisationId;
        this.joinedOn = joinedOn;
    }

    static AllianceMember brand(long allianceId, long brandId, LocalDate joinedOn) {
        return new AllianceMember(allianceId, MemberKind.BRAND, brandId, null, joinedOn);
    }

    static AllianceMember enterprise(long allianceId, long organisationId, LocalDate joinedOn) {
        return new AllianceMember(allianceId, MemberKind.ENTERPRISE, null, organisationId, joinedOn);
    }

    void setLead(boolean lead) {
        this.lead = lead;
    }

    Long getId() {
        return id;
    }

    long getAllianceId() {
        return allianceId;
    }

    MemberKind getKind() {
        return kind;
    }

    Long getBrandId() {
        return brandId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    boolean isLead() {
        return lead;
    }

    LocalDate getJoinedOn() {
        return joinedOn;
    }
}
