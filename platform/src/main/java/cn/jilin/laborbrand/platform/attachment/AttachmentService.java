package cn.jilin.laborbrand.platform.attachment;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and serves attachments. There is no permission check here on purpose: an attachment is reached only through
 * its owner's service, which loads the owner within the caller's data scope first (the architecture test keeps the
 * web layer from calling this service directly).
 */
@Service
public class AttachmentService {

    /** The platform's limit for any file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final AttachmentRepository attachments;
    private final AuditService audit;

    AttachmentService(AttachmentRepository attachments, AuditService audit) {
        this.attachments = attachments;
        this.audit = audit;
    }

    /**
     * Keeps a file for its owner once its size and its type (read from the bytes) are acceptable; otherwise a
     * {@link RuleViolation} on the form field {@code field}, and nothing is stored.
     */
    @Transactional
    public StoredFile store(String ownerType, long ownerId, String purpose, String filename, byte[] content,
                            Set<FileType> allowed, long maxBytes, String field) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(field, "attachment.empty");
        }
        if (content.length > Math.min(maxBytes, MAX_BYTES)) {
            throw new RuleViolation(field, "attachment.tooLarge");
        }
        FileType type = FileType.detect(content).filter(allowed::contains)
                .orElseThrow(() -> new RuleViolation(field, "attachment.wrongType"));
        String name = cleanName(filename, type);
        Attachment saved = attachments.save(new Attachment(ownerType, ownerId, purpose, name, type, sha256(content), content));
        audit.record("attachment.store", ownerType, ownerId, purpose + " " + name + " (" + content.length + " bytes)");
        return attachments.findFile(saved.getId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<StoredFile> files(String ownerType, long ownerId) {
        return attachments.findFiles(ownerType, ownerId);
    }

    /** The file with this id, provided it belongs to this owner (so an owner's page can serve only its own files). */
    @Transactional(readOnly = true)
    public FileContent content(String ownerType, long ownerId, long attachmentId) {
        StoredFile file = attachments.findFile(attachmentId)
                .filter(f -> f.ownerType().equals(ownerType) && f.ownerId() == ownerId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return attachments.findContent(file.id()).orElseThrow();
    }

    @Transactional
    public void delete(String ownerType, long ownerId, long attachmentId) {
        StoredFile file = attachments.findFile(attachmentId)
                .filter(f -> f.ownerType().equals(ownerType) && f.ownerId() == ownerId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        attachments.deleteById(file.id());
        audit.record("attachment.delete", ownerType, ownerId, file.purpose() + " " + file.filename());
    }

    /** The name as shown and offered for download: no path, no control characters, the real type's extension. */
    static String cleanName(String filename, FileType type) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "file";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + type.extension();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
