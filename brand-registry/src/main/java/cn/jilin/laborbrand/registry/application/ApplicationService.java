package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an application for a brand level (二(一)1–2) and its files: a city bureau opens one for a brand of its region,
 * revises it while it is a draft or returned, and attaches the application form and evidence. Its steps from there on
 * are {@link ApplicationWorkflow}'s.
 */
@Service
public class ApplicationService {

    static final Set<FileType> FILE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    /** What an attachment of an application is for. */
    public enum Purpose { FORM, EVIDENCE }

    private final BrandApplicationRepository applications;
    private final BrandService brands;
    private final CreditService credits;
    private final WorkflowHistory history;
    private final AttachmentService attachments;
    private final PersonalDataCipher cipher;
    private final AuditService audit;

    ApplicationService(BrandApplicationRepository applications, BrandService brands, CreditService credits, WorkflowHistory history,
                       AttachmentService attachments, PersonalDataCipher cipher, AuditService audit) {
        this.applications = applications;
        this.brands = brands;
        this.credits = credits;
        this.history = history;
        this.attachments = attachments;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * Opens an application of a brand in the caller's region for a level above its own. A brand has one open
     * application at a time.
     */
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional
    public long open(long brandId, ApplicationDraft draft, DataScope scope) {
        LaborBrand brand = brands.get(brandId, scope);
        requireHigherLevel(brand, draft.targetLevel());
        requireCredit(brandId, scope);
        if (applications.existsByBrandIdAndStateNotIn(brandId, ApplicationState.CLOSED)) {
            throw new RuleViolation("brandId", "application.brand.alreadyOpen");
        }
        BrandApplication application = new BrandApplication(brandId, brand.getRegionCode(), draft.targetLevel());
        write(application, draft);
        applications.saveAndFlush(application);
        history.record(BrandApplication.SUBJECT_TYPE, application.getId(), "open", null, ApplicationState.DRAFT, null);
        return application.getId();
    }

    /** Changes what a draft or returned application says; everything else keeps. */
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional
    public void revise(long id, long shownVersion, ApplicationDraft draft, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        application.requireVersion(shownVersion);
        if (!application.getState().isEditable()) {
            throw new RuleViolation("application.notEditable");
        }
        requireHigherLevel(brands.get(application.getBrandId(), scope), draft.targetLevel());
        write(application, draft);
        applications.saveAndFlush(application);
        audit.record("application.edit", BrandApplication.SUBJECT_TYPE, id, null);
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<StoredFile> files(long id, DataScope scope) {
        return attachments.files(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public FileContent file(long id, long attachmentId, DataScope scope) {
        return attachments.content(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId(), attachmentId);
    }

    /** Adds the application form or a piece of evidence: PDF, JPEG, PNG, DOCX or XLSX (by its bytes), at most 20 MB. */
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional
    public StoredFile attach(long id, Purpose purpose, String filename, byte[] content, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        if (!application.getState().isEditable()) {
            throw new RuleViolation("file", "application.notEditable");
        }
        return attachments.store(BrandApplication.SUBJECT_TYPE, id, purpose.name(), filename, content, FILE_TYPES,
                AttachmentService.MAX_BYTES, "file");
    }

    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional
    public void detach(long id, long attachmentId, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        if (!application.getState().isEditable()) {
            throw new RuleViolation("application.notEditable");
        }
        attachments.delete(BrandApplication.SUBJECT_TYPE, id, attachmentId);
    }

    /** The contact's phone as pages show it: masked. */
    public String maskedPhone(BrandApplication application) {
        return Masking.phone(cipher.decrypt(application.getContactPhoneCipher()));
    }

    /**
     * What submitting asks of an application besides its state: the application form attached, a level still above the
     * brand's, and 二(二)3: a brand rated D on credit may not apply (checked when opening and again when submitting).
     */
    void requireSubmittable(BrandApplication application, DataScope scope) {
        boolean hasForm = attachments.files(BrandApplication.SUBJECT_TYPE, application.getId()).stream()
                .anyMatch(f -> f.purpose().equals(Purpose.FORM.name()));
        if (!hasForm) {
            throw new RuleViolation("application.submit.formMissing");
        }
        requireHigherLevel(brands.get(application.getBrandId(), scope), application.getTargetLevel());
        requireCredit(application.getBrandId(), scope);
    }

    /** Writes the draft onto the application; a blank phone keeps the one already given (pages never show it in full). */
    private void write(BrandApplication application, ApplicationDraft draft) {
        required(draft.reasons(), "reasons");
        required(draft.contactName(), "contactName");
        String phone = draft.contactPhone() == null ? "" : draft.contactPhone().replaceAll("\\s", "");
        String phoneCipher;
        if (phone.isEmpty() && application.getContactPhoneCipher() != null) {
            phoneCipher = application.getContactPhoneCipher();
        } else if (PHONE.matcher(phone).matches()) {
            phoneCipher = cipher.encrypt(phone);
        } else {
            throw new RuleViolation("contactPhone", phone.isEmpty() ? "NotBlank" : "application.phone.format");
        }
        application.write(draft.reasons(), draft.achievements(), draft.buildingPlan(), draft.contactName(), phoneCipher);
    }

    private void requireCredit(long brandId, DataScope scope) {
        if (credits.currentRating(brandId, scope).filter(r -> r == CreditRating.D).isPresent()) {
            throw new RuleViolation("brandId", "application.credit.ratedD");
        }
    }

    private static void requireHigherLevel(LaborBrand brand, BrandLevel target) {
        if (target == null) {
            throw new RuleViolation("targetLevel", "NotNull");
        }
        if (!target.isAbove(brand.getLevel())) {
            throw new RuleViolation("targetLevel", "application.level.notHigher");
        }
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
    }
}
