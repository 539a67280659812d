package cn.jilin.laborbrand.training.institution;

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

/**
 * An organisation of the directory (institution or enterprise) that trains, with what the directory lacks: its kind,
 * address and contact. Its credit code stays in the directory, validated there.
 */
@Entity
@Table(name = "institution")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class Institution extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private InstitutionKind kind;

    private String address;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone_cipher")
    private String contactPhoneCipher;

    private boolean demo;

    protected Institution() {
    }

    Institution(long organisationId, String name, String regionCode) {
        this.organisationId = organisationId;
        this.name = name;
        this.regionCode = regionCode;
    }

    void write(InstitutionKind kind, String address, String contactName, String contactPhoneCipher) {
        this.kind = kind;
        this.address = address;
        this.contactName = contactName;
        this.contactPhoneCipher = contactPhoneCipher;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    String getContactPhoneCipher() {
        return contactPhoneCipher;
    }

    public boolean isDemo() {
        return demo;
    }
}
