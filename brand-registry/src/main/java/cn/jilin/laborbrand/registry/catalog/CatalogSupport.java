package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An institution of the directory that supports a catalogue entry, and how (二(一)3). Read through its entry. */
@Entity
@Table(name = "catalog_support")
class CatalogSupport extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private SupportKind kind;

    private String note;

    protected CatalogSupport() {
    }

    CatalogSupport(long entryId, long organisationId, SupportKind kind, String note) {
        this.entryId = entryId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.note = note;
    }

    Long getId() {
        return id;
    }

    long getEntryId() {
        return entryId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    SupportKind getKind() {
        return kind;
    }

    String getNote() {
        return note;
    }
}
