package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expert of the pool (专家库, 三(二)): who they are, what they know, where they are from. */
@Entity
@Table(name = "expert")
public class Expert extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    private String name;

    private String organisation;

    private String title;

    private String fields;

    @Column(name = "home_region_code")
    private String homeRegionCode;

    @Column(name = "phone_cipher")
    private String phoneCipher;

    @Column(name = "phone_index")
    private String phoneIndex;

    private boolean active = true;

    protected Expert() {
    }

    Expert(Long accountId, String name, String organisation, String title, String fields, String homeRegionCode,
           String phoneCipher, String phoneIndex) {
        this.accountId = accountId;
        this.name = name;
        this.organisation = organisation;
        this.title = title;
        this.fields = fields;
        this.homeRegionCode = homeRegionCode;
        this.phoneCipher = phoneCipher;
        this.phoneIndex = phoneIndex;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public String getFields() {
        return fields;
    }

    public String getHomeRegionCode() {
        return homeRegionCode;
    }

    String getPhoneCipher() {
        return phoneCipher;
    }

    public boolean isActive() {
        return active;
    }
}
