package cn.jilin.laborbrand.promotion.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A person's written consent (发布同意, PIPL art. 13–14) to publish their name, photo and story: the signed form kept as
 * an attachment, the day it was signed, what it covers, and the day it was withdrawn if it was. Nothing about a person
 * is published beyond what a consent in force covers; a withdrawal takes effect on every public page at once.
 * The owning tables carry the columns {@code consent_attachment_id, consent_signed_on, consent_name, consent_photo,
 * consent_story, consent_withdrawn_on}.
 */
@Embeddable
public class PublicationConsent {

    @Column(name = "consent_attachment_id")
    private Long attachmentId;

    @Column(name = "consent_signed_on")
    private LocalDate signedOn;

    @Column(name = "consent_name")
    private boolean name;

    @Column(name = "consent_photo")
    private boolean photo;

    @Column(name = "consent_story")
    private boolean story;

    @Column(name = "consent_withdrawn_on")
    private LocalDate withdrawnOn;

    protected PublicationConsent() {
    }

    private PublicationConsent(Long attachmentId, LocalDate signedOn, boolean name, boolean photo, boolean story) {
        this.attachmentId = attachmentId;
        this.signedOn = signedOn;
        this.name = name;
        this.photo = photo;
        this.story = story;
    }

    /** A signed consent; the form (an attachment) and the day it was signed are both required. */
    public static PublicationConsent signed(long attachmentId, LocalDate signedOn, boolean name, boolean photo, boolean story) {
        if (signedOn == null) {
            throw new IllegalArgumentException("signedOn");
        }
        return new PublicationConsent(attachmentId, signedOn, name, photo, story);
    }

    /** No consent recorded: nothing may be published. */
    public static PublicationConsent none() {
        return new PublicationConsent(null, null, false, false, false);
    }

    /** The same consent, withdrawn from the given day on. */
    public PublicationConsent withdrawn(LocalDate on) {
        PublicationConsent copy = new PublicationConsent(attachmentId, signedOn, name, photo, story);
        copy.withdrawnOn = on;
        return copy;
    }

    /** A signed form is on file and it has not been withdrawn. */
    public boolean inForce() {
        return attachmentId != null && signedOn != null && withdrawnOn == null;
    }

    public boolean coversName() {
        return inForce() && name;
    }

    public boolean coversPhoto() {
        return inForce() && photo;
    }

    public boolean coversStory() {
        return inForce() && story;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }
}
