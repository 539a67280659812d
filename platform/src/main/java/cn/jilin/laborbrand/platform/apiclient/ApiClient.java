package cn.jilin.laborbrand.platform.apiclient;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A registered government system that reads the non-public datasets with a token (开放数据 / 接口客户端). */
@Entity
@Table(name = "api_client")
public class ApiClient extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String organisation;
    private String contact;
    @Column(name = "region_code")
    private String regionCode;
    private String datasets;
    @Column(name = "rate_per_minute")
    private int ratePerMinute;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    @Column(name = "token_hash")
    private String tokenHash;
    private boolean enabled = true;
    @Column(name = "token_issued_at")
    private Instant tokenIssuedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiClient() {
    }

    ApiClient(NewApiClient details) {
        this.name = details.name().strip();
        this.organisation = details.organisation().strip();
        this.contact = details.contact().strip();
        this.regionCode = details.regionCode();
        this.datasets = details.datasets().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.ratePerMinute = details.ratePerMinute();
        this.expiresOn = details.expiresOn();
    }

    void issue(String token, Instant now) {
        this.tokenPrefix = ApiTokens.prefix(token);
        this.tokenHash = ApiTokens.hash(token);
        this.tokenIssuedAt = now;
    }

    void disable() {
        this.enabled = false;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    boolean validOn(LocalDate today) {
        return enabled && !today.isAfter(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Set<ApiDataset> getDatasets() {
        Set<ApiDataset> granted = EnumSet.noneOf(ApiDataset.class);
        Arrays.stream(datasets.split(",")).map(ApiDataset::valueOf).forEach(granted::add);
        return granted;
    }

    public int getRatePerMinute() {
        return ratePerMinute;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getTokenIssuedAt() {
        return tokenIssuedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
