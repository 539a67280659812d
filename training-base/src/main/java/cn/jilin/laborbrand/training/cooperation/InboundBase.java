package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 劳务输入基地: a place outside Jilin that takes Jilin workers under an agreement with a Jilin region. */
@Entity
@Table(name = "inbound_base")
@DataScoped(region = "regionCode")
public class InboundBase extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "partner_name")
    private String partnerName;

    @Column(name = "partner_organisation_id")
    private Long partnerOrganisationId;

    private String place;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "brand_id")
    private Long brandId;

    private String note;

    private boolean demo;

    protected InboundBase() {
    }

    void write(InboundBaseDetails d) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.partnerName = Text.orNull(d.partnerName());
        this.partnerOrganisationId = d.partnerOrganisationId();
        this.place = d.place().strip();
        this.signedOn = d.signedOn();
        this.validUntil = d.validUntil();
        this.occupationCode = Text.orNull(d.occupationCode());
        this.brandId = d.brandId();
        this.note = Text.orNull(d.note());
    }

    public InboundBaseDetails details() {
        return new InboundBaseDetails(name, regionCode, partnerName, partnerOrganisationId, place, signedOn, validUntil, occupationCode, brandId, note);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
