package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.consent.PublicationConsent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's photo and signed consent form (发布同意, PIPL), kept as attachments of the nomination; a consent withdrawn
 * hides the person from every public page at once (the public views read it on every request).
 */
@Service
public class NominationFiles {

    static final String PHOTO = "PHOTO";
    static final String CONSENT = "CONSENT";
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final NominationService nominations;
    private final NominationRepository repository;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final Clock clock;

    NominationFiles(NominationService nominations, NominationRepository repository, AttachmentService attachments, AuditService audit, Clock clock) {
        this.nominations = nominations;
        this.repository = repository;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the signed consent form, the day it was signed and what it covers. */
    @PreAuthorize("hasAuthority('campaign:nominate')")
    @Transactional
    public void recordConsent(long id, long shownVersion, String filename, byte[] form, LocalDate signedOn, boolean name, boolean photo,
                              boolean story, DataScope scope) {
        Nomination nomination = nominations.lockWithin(id, scope);
        nomination.requireVersion(shownVersion);
        NominationService.requireEditable(nomination);
        if (!nomination.isPerson()) {
            throw new RuleViolation("file", "nomination.consent.personOnly");
        }
        if (signedOn == null || signedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("signedOn", "nomination.consent.signedOn.invalid");
        }
        long attachment = attachments.store(Nomination.SUBJECT_TYPE, id, CONSENT, filename, form, Set.of(FileType.PDF, FileType.JPEG, FileType.PNG),
                MAX_BYTES, "file").id();
        nomination.consent(PublicationConsent.signed(attachment, signedOn, name, photo, story));
        repository.saveAndFlush(nomination);
        audit.record("nomination.consent", Nomination.SUBJECT_TYPE, id, "name=" + name + " photo=" + photo + " story=" + story);
    }

    /** The person withdrew their consent: from today nothing about them is published. */
    @PreAuthorize("hasAnyAuthority('campaign:nominate', 'campaign:manage')")
    @Transactional
    public void withdrawConsent(long id, DataScope scope) {
        Nomination nomination = nominations.lockWithin(id, scope);
        if (!nomination.getConsent().inForce()) {
            throw new RuleViolation("nomination.consent.notInForce");
        }
        nomination.consent(nomination.getConsent().withdrawn(LocalDate.now(clock)));
        repository.saveAndFlush(nomination);
        audit.record("nomination.consent.withdraw", Nomination.SUBJECT_TYPE, id, null);
    }

    /** The person's photo (JPEG or PNG), replacing any earlier one. */
    @PreAuthorize("hasAuthority('campaign:nominate')")
    @Transactional
    public void uploadPhoto(long id, String filename, byte[] content, DataScope scope) {
        Nomination nomination = nominations.lockWithin(id, scope);
        NominationService.requireEditable(nomination);
        if (!nomination.isPerson()) {
            throw new RuleViolation("photo", "nomination.consent.personOnly");
        }
        Long old = nomination.getPhotoAttachmentId();
        long attachment = attachments.store(Nomination.SUBJECT_TYPE, id, PHOTO, filename, content, Set.of(FileType.JPEG, FileType.PNG), MAX_BYTES,
                "photo").id();
        nomination.photo(attachment);
        repository.saveAndFlush(nomination);
        if (old != null) {
            attachments.delete(Nomination.SUBJECT_TYPE, id, old);
        }
    }

    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    @Transactional(readOnly = true)
    public FileContent photo(long id, DataScope scope) {
        Nomination nomination = nominations.get(id, scope);
        if (nomination.getPhotoAttachmentId() == null) {
            throw new NotFoundException("photo", id);
        }
        return attachments.content(Nomination.SUBJECT_TYPE, id, nomination.getPhotoAttachmentId());
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional
    public FileContent consentForm(long id, DataScope scope) {
        Nomination nomination = nominations.get(id, scope);
        if (nomination.getConsent().getAttachmentId() == null) {
            throw new NotFoundException("consent", id);
        }
        audit.record("nomination.consent.read", Nomination.SUBJECT_TYPE, id, null);
        return attachments.content(Nomination.SUBJECT_TYPE, id, nomination.getConsent().getAttachmentId());
    }

    /** A published winner's photo for the public pages, only while their consent covers it. */
    @Transactional(readOnly = true)
    public java.util.Optional<FileContent> publicPhoto(long id) {
        return repository.findPublished(id)
                .filter(n -> n.getPhotoAttachmentId() != null && n.getConsent().coversPhoto())
                .map(n -> attachments.content(Nomination.SUBJECT_TYPE, id, n.getPhotoAttachmentId()));
    }
}
