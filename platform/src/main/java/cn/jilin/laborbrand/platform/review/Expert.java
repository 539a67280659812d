package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert of the pool (专家库, 三(二)): who they are, what they know, where they are from. */
@Entity
@Table(name = "expert")
// the pool is the province's; a region's officers (given a pool permission) see the experts who live in their region
@DataScoped(region = "homeRegionCode")
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

    /** Brand types (SKILL, SERVICE, LIVELIHOOD, CULTURE_TOURISM) the expert knows, comma-separated codes. */
    @Column(name = "brand_types")
    private String brandTypes;

    /** Industries (GB/T 4754 sections) the expert knows, comma-separated codes. */
    private String industries;

    private String occupations;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivation_reason")
    private String deactivationReason;

    protected Expert() {
    }

    /** Writes what HRSS keeps of the expert; the phone's cipher and index are computed by the pool's service. */
    void write(ExpertDetails d, String phoneCipher, String phoneIndex) {
        this.accountId = d.accountId();
        this.name = d.name().strip();
        this.organisation = d.organisation().strip();
        this.title = Text.orNull(d.title());
        this.fields = Text.orNull(d.fields());
        this.brandTypes = join(d.brandTypes());
        this.industries = join(d.industries());
        this.occupations = Text.orNull(d.occupations());
        this.homeRegionCode = d.homeRegionCode();
        this.phoneCipher = phoneCipher;
        this.phoneIndex = phoneIndex;
    }

    void deactivate(String reason, Instant now) {
        this.active = false;
        this.deactivatedAt = now;
        this.deactivationReason = reason;
    }

    void activate() {
        this.active = true;
        this.deactivatedAt = null;
        this.deactivationReason = null;
    }

    /** What was entered, for an edit form (never the phone: pages show it masked only). */
    public ExpertDetails details() {
        return new ExpertDetails(accountId, name, organisation, title, fields, getBrandTypes(), getIndustries(), occupations,
                homeRegionCode, null);
    }

    private static String join(java.util.Collection<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(codes));
    }

    private static java.util.Set<String> split(String codes) {
        return codes == null || codes.isBlank() ? java.util.Set.of() : java.util.Set.of(codes.split(","));
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

    String phoneIndex() {
        return phoneIndex;
    }

    public java.util.Set<String> getBrandTypes() {
        return split(brandTypes);
    }

    public java.util.Set<String> getIndustries() {
        return split(industries);
    }

    public String getOccupations() {
        return occupations;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public String getDeactivationReason() {
        return deactivationReason;
    }

    public boolean hasPhone() {
        return phoneCipher != null;
    }

    public boolean isActive() {
        return active;
    }
}
