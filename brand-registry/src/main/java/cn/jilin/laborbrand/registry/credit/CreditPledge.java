package cn.jilin.laborbrand.registry.credit;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A signed self-discipline pledge: who signed it, for which organisation, when, and which text version. */
@Entity
@Table(name = "credit_pledge")
public class CreditPledge extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "organisation_id")
    private long organisationId;

    private String signatory;

    @Column(name = "signatory_title")
    private String signatoryTitle;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "text_id")
    private long textId;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected CreditPledge() {
    }

    CreditPledge(long brandId, long organisationId, String signatory, String signatoryTitle, LocalDate signedOn, long textId) {
        this.brandId = brandId;
        this.organisationId = organisationId;
        this.signatory = signatory;
        this.signatoryTitle = signatoryTitle;
        this.signedOn = signedOn;
        this.textId = textId;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getSignatory() {
        return signatory;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public long getTextId() {
        return textId;
    }

    public boolean isDemo() {
        return demo;
    }
}
