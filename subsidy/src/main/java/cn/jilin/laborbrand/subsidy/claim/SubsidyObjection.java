package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 公示异议: an objection received while a claim is on public notice, and how it was resolved. */
@Entity
@Table(name = "subsidy_objection")
public class SubsidyObjection extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    private String objector;

    private String content;

    private Boolean upheld;

    private String resolution;

    protected SubsidyObjection() {
    }

    SubsidyObjection(long claimId, LocalDate receivedOn, String objector, String content) {
        this.claimId = claimId;
        this.receivedOn = receivedOn;
        this.objector = objector;
        this.content = content;
    }

    void resolve(boolean upheld, String resolution) {
        this.upheld = upheld;
        this.resolution = resolution;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getObjector() {
        return objector;
    }

    public String getContent() {
        return content;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getResolution() {
        return resolution;
    }
}
