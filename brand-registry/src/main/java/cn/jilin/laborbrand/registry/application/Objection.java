package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 公示期异议: an objection received while an application is on public notice. Designation waits until each is resolved. */
@Entity
@Table(name = "application_objection")
public class Objection extends AuditedEntity {

    public enum Resolution { PENDING, DISMISSED, UPHELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    private String objector;

    private String content;

    @Enumerated(EnumType.STRING)
    private Resolution resolution = Resolution.PENDING;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Objection() {
    }

    Objection(long applicationId, LocalDate receivedOn, String objector, String content) {
        this.applicationId = applicationId;
        this.receivedOn = receivedOn;
        this.objector = objector.strip();
        this.content = content.strip();
    }

    void resolve(Resolution outcome, String note, String by, Instant now) {
        this.resolution = outcome;
        this.resolutionNote = note;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
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

    public Resolution getResolution() {
        return resolution;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
