package cn.jilin.laborbrand.platform.attachment;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file and what owns it. Its bytes are read by a separate query, never with the metadata. */
@Entity
@Table(name = "attachment")
class Attachment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_type")
    private String ownerType;

    @Column(name = "owner_id")
    private long ownerId;

    private String purpose;

    private String filename;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    private byte[] content;

    protected Attachment() {
    }

    Attachment(String ownerType, long ownerId, String purpose, String filename, FileType type, String sha256, byte[] content) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.purpose = purpose;
        this.filename = filename;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
    }

    Long getId() {
        return id;
    }
}
