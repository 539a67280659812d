package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.review.ReviewAssignment;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.review.ReviewSummary;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for a brand level (二(一)1–2): a city bureau writes and submits; the city recommends a provincial or
 * national application to HRSS (and decides a 市（县）级 one itself); HRSS has experts review it, decides, puts it on
 * public notice and designates it, which raises the brand's level. Every step is a transition of
 * {@link ApplicationAction}, written to the workflow history in the same transaction.
 */
@Service
public class ApplicationService {

    public static final int DEFAULT_NOTICE_WORKING_DAYS = 5;
    static final String RUBRIC = "brand_application";
    static final Set<FileType> FILE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    /** What an attachment of an application is for. */
    public enum Purpose { FORM, EVIDENCE }

    private final BrandApplicationRepository applications;
    private final ObjectionRepository objections;
    private final BrandService brands;
    private final CreditService credits;
    private final ReviewService reviews;
    private final WorkflowHistory history;
    private final AttachmentService attachments;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    ApplicationService(BrandApplicationRepository applications, ObjectionRepository objections, BrandService brands,
                       CreditService credits, ReviewService reviews, WorkflowHistory history, AttachmentService attachments, PersonalDataCipher cipher,
                       AuditService audit, Clock clock) {
        this.applications = applications;
        this.objections = objections;
        this.brands = brands;
        this.credits = credits;
        this.reviews = reviews;
        this.history = history;
        this.attachments = attachments;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public Page<BrandApplication> search(ApplicationFilter filter, DataScope scope, Pageable pageable) {
        return applications.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public List<BrandApplication> export(ApplicationFilter filter, DataScope scope, Sort sort) {
        List<BrandApplication> rows = applications.findAll(filter.toSpecification(), scope, sort);
        audit.record("application.export", BrandApplication.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** An application, or 404 outside the scope (an expert's scope: assigned to them and declared free of conflicts). */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public BrandApplication get(long id, DataScope scope) {
        return applications.getById(id, scope);
    }

    @Transactional(readOnly = true)
    public Map<Long, BrandName> brandNames(Collection<Long> brandIds) {
        return brands.names(brandIds);
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId());
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

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<Objection> objections(long id, DataScope scope) {
        return objections.findByApplicationIdOrderById(applications.getById(id, scope).getId());
    }

    /** The contact's phone as pages show it: masked. */
    public String maskedPhone(BrandApplication application) {
        return Masking.phone(cipher.decrypt(application.getContactPhoneCipher()));
    }

    /** Each expert's scores, the weighted mean and the spread: for HRSS, who decide on them. */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional(readOnly = true)
    public ReviewSummary reviewSummary(long id, DataScope scope) {
        return reviews.summary(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId(), RUBRIC);
    }

    /** The actions the signed-in user may take on the application now. */
    public List<ApplicationAction> availableActions(BrandApplication application) {
        return Arrays.stream(ApplicationAction.values())
                .filter(a -> a.allows(application) && holds(a.permission()))
                .toList();
    }

    // ---- writing an application -----------------------------------------------------------------------------------

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
        BrandApplication application = new BrandApplication(brandId, brand.getRegionCode(), draft.targetLevel(), false);
        write(application, draft);
        applications.saveAndFlush(application);
        history.record(BrandApplication.SUBJECT_TYPE, application.getId(), "open", null, ApplicationState.DRAFT, null);
        return application.getId();
    }

    /** Changes what a draft or returned application says; everything else keeps. */
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @Transactional
    public void revise(long id, long shownVersion, ApplicationDraft draft, DataScope scope) {
        BrandApplication application = editable(id, shownVersion, scope);
        requireHigherLevel(brands.get(application.getBrandId(), scope), draft.targetLevel());
        write(application, draft);
        applications.saveAndFlush(application);
        audit.record("application.edit", BrandApplication.SUBJECT_TYPE, id, null);
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

    // ---- the workflow --------------------------------------------------------------------------------------------

    /** Submits a draft or a revised application; it needs its application form attached. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void submit(long id, long shownVersion, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        requireAction(application, ApplicationAction.SUBMIT);
        boolean hasForm = attachments.files(BrandApplication.SUBJECT_TYPE, id).stream()
                .anyMatch(f -> f.purpose().equals(Purpose.FORM.name()));
        if (!hasForm) {
            throw new RuleViolation("application.submit.formMissing");
        }
        requireHigherLevel(brands.get(application.getBrandId(), scope), application.getTargetLevel());
        requireCredit(application.getBrandId(), scope);
        move(application, ApplicationAction.SUBMIT, null);
        application.submitted(clock.instant());
    }

    /** Withdraws, recommends, or (for a 市（县）级 application) approves at city level: transitions without a form. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void act(long id, long shownVersion, ApplicationAction action, String comment, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        switch (action) {
            case WITHDRAW, RECOMMEND -> move(application, action, comment);
            case CITY_APPROVE -> {
                move(application, action, comment);
                startNoticePeriod(application, DEFAULT_NOTICE_WORKING_DAYS);
            }
            default -> throw new IllegalArgumentException(action + " has its own method");
        }
    }

    /** Returns an application for revision: the reason is required and shows on top of it until resubmitted. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void returnForRevision(long id, long shownVersion, String reason, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        ApplicationAction action = application.getState() == ApplicationState.SUBMITTED ? ApplicationAction.CITY_RETURN : ApplicationAction.RETURN;
        requireAction(application, action);
        String why = required(reason, "reason", "application.reasonRequired");
        move(application, action, why);
        application.returned(why);
    }

    /** Rejects an application, by the province or (for a 市（县）级 one) by the city; the reason is required. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void reject(long id, long shownVersion, String reason, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        ApplicationAction action = application.getTargetLevel() == BrandLevel.MUNICIPAL ? ApplicationAction.CITY_REJECT : ApplicationAction.REJECT;
        requireAction(application, action);
        String why = required(reason, "reason", "application.reasonRequired");
        move(application, action, why);
        application.decided(why);
    }

    /** HRSS assigns at least three experts to a recommended application, which goes to expert review. */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional
    public void assignExperts(long id, long shownVersion, Collection<Long> expertIds, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        requireAction(application, ApplicationAction.ASSIGN_EXPERTS);
        reviews.assign(BrandApplication.SUBJECT_TYPE, id, application.getRegionCode(), RUBRIC, expertIds);
        move(application, ApplicationAction.ASSIGN_EXPERTS, expertIds.size() + " 位专家");
    }

    /** During expert review HRSS may add experts, e.g. in place of one who declared a conflict of interest. */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional
    public void addExperts(long id, Collection<Long> expertIds, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        if (application.getState() != ApplicationState.EXPERT_REVIEW) {
            throw new RuleViolation("application.transition.notAllowed");
        }
        if (expertIds == null || expertIds.isEmpty()) {
            throw new RuleViolation("expertIds", "review.assign.tooFew");
        }
        List<Long> already = reviews.summary(BrandApplication.SUBJECT_TYPE, id, RUBRIC).reviews().stream()
                .map(ReviewSummary.ExpertReview::expertId).toList();
        Set<Long> all = new LinkedHashSet<>(already);
        all.addAll(expertIds);
        reviews.assign(BrandApplication.SUBJECT_TYPE, id, application.getRegionCode(), RUBRIC, all);
    }

    /** HRSS approves after at least three experts have scored. */
    @PreAuthorize("hasAuthority('brand:application:decide')")
    @Transactional
    public void approve(long id, long shownVersion, String comment, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        requireAction(application, ApplicationAction.APPROVE);
        if (reviews.summary(BrandApplication.SUBJECT_TYPE, id, RUBRIC).scoredCount() < ReviewService.MIN_EXPERTS) {
            throw new RuleViolation("application.approve.tooFewScores");
        }
        move(application, ApplicationAction.APPROVE, comment);
        application.decided(comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** HRSS puts an approved application on public notice for a number of working days (5 by default). */
    @PreAuthorize("hasAuthority('brand:application:decide')")
    @Transactional
    public void startNotice(long id, long shownVersion, int workingDays, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        requireAction(application, ApplicationAction.START_NOTICE);
        if (workingDays < DEFAULT_NOTICE_WORKING_DAYS || workingDays > 30) {
            throw new RuleViolation("workingDays", "application.notice.days");
        }
        move(application, ApplicationAction.START_NOTICE, workingDays + " 个工作日");
        startNoticePeriod(application, workingDays);
    }

    /** Records an objection received during the public notice. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public long recordObjection(long id, LocalDate receivedOn, String objector, String content, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        requireNoticeOfficer(application);
        if (application.getState() != ApplicationState.PUBLIC_NOTICE) {
            throw new RuleViolation("application.objection.notOnNotice");
        }
        Objection objection = objections.save(new Objection(id, receivedOn == null ? today() : receivedOn,
                required(objector, "objector", "application.objection.objectorRequired"),
                required(content, "content", "application.objection.contentRequired")));
        audit.record("application.objection", BrandApplication.SUBJECT_TYPE, id, objection.getObjector());
        return objection.getId();
    }

    /** Resolves an objection: dismissed, or upheld (after which the application is usually rejected). */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void resolveObjection(long id, long objectionId, boolean upheld, String note, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        requireNoticeOfficer(application);
        Objection objection = objections.findById(objectionId).filter(o -> o.getApplicationId() == id)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        if (objection.getResolution() != Objection.Resolution.PENDING) {
            throw new RuleViolation("application.objection.resolved");
        }
        objection.resolve(upheld ? Objection.Resolution.UPHELD : Objection.Resolution.DISMISSED,
                required(note, "note", "application.objection.noteRequired"), AuditActor.current().username(), clock.instant());
        objections.save(objection);
        audit.record("application.objection.resolve", BrandApplication.SUBJECT_TYPE, id, objection.getResolution() + " " + note.strip());
    }

    /**
     * Designates the brand at the level applied for, once the notice period has ended with every objection resolved
     * and none upheld. The brand's level changes here, with its history.
     */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional
    public void designate(long id, long shownVersion, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        ApplicationAction action = application.getTargetLevel() == BrandLevel.MUNICIPAL ? ApplicationAction.CITY_DESIGNATE : ApplicationAction.DESIGNATE;
        requireAction(application, action);
        if (!today().isAfter(application.getNoticeEnd())) {
            throw new RuleViolation("application.designate.noticeRunning");
        }
        List<Objection> list = objections.findByApplicationIdOrderById(id);
        if (list.stream().anyMatch(o -> o.getResolution() == Objection.Resolution.PENDING)) {
            throw new RuleViolation("application.designate.objectionPending");
        }
        if (list.stream().anyMatch(o -> o.getResolution() == Objection.Resolution.UPHELD)) {
            throw new RuleViolation("application.designate.objectionUpheld");
        }
        move(application, action, null);
        application.designated(clock.instant());
        brands.designate(application.getBrandId(), application.getTargetLevel(), id,
                "申报认定，公示期 " + application.getNoticeStart() + " 至 " + application.getNoticeEnd());
    }

    // ---- experts ----------------------------------------------------------------------------------------------------

    /** What an assigned expert may know before declaring on conflicts of interest: which brand, where, for what level. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignment only (found by the caller's own account), whatever their role's scope")
    @Transactional(readOnly = true)
    public ExpertBriefing briefing(long assignmentId) {
        ReviewAssignment assignment = reviews.myAssignment(assignmentId);
        if (!assignment.getSubjectType().equals(BrandApplication.SUBJECT_TYPE)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        BrandApplication application = applications.getById(assignment.getSubjectId(), DataScope.province());
        BrandName brand = brands.names(List.of(application.getBrandId())).get(application.getBrandId());
        return new ExpertBriefing(assignment, application.getId(), brand, application.getTargetLevel(), application.getState());
    }

    /** An expert's scores, accepted only while the application is under expert review. */
    @PreAuthorize("hasAuthority('review:score')")
    @Transactional
    public void score(long id, long assignmentId, long shownVersion, Map<String, Integer> scores, String comment, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        ReviewAssignment assignment = reviews.myAssignment(assignmentId);
        if (assignment.getSubjectId() != id || !assignment.getSubjectType().equals(BrandApplication.SUBJECT_TYPE)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        if (application.getState() != ApplicationState.EXPERT_REVIEW) {
            throw new RuleViolation("review.score.closed");
        }
        reviews.score(assignmentId, shownVersion, scores, comment);
    }

    /** What the assigned expert sees of an application before and after declaring. */
    public record ExpertBriefing(ReviewAssignment assignment, long applicationId, BrandName brand, BrandLevel targetLevel,
                                 ApplicationState state) {
    }

    // ---- demo ---------------------------------------------------------------------------------------------------------

    /**
     * Opens an application with made-up content for the demo, marked as such; the demo provisioning then takes it
     * through the ordinary transitions. Only {@code demo:provision} holds this.
     */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public long openDemo(long brandId, ApplicationDraft draft) {
        LaborBrand brand = brands.get(brandId, DataScope.province());
        BrandApplication application = new BrandApplication(brandId, brand.getRegionCode(), draft.targetLevel(), true);
        write(application, draft);
        applications.saveAndFlush(application);
        history.record(BrandApplication.SUBJECT_TYPE, application.getId(), "open", null, ApplicationState.DRAFT, "演示数据");
        return application.getId();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /** Writes the draft onto the application; a blank phone keeps the one already given (pages never show it in full). */
    private void write(BrandApplication application, ApplicationDraft draft) {
        required(draft.reasons(), "reasons", "NotBlank");
        required(draft.contactName(), "contactName", "NotBlank");
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

    private BrandApplication load(long id, long shownVersion, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        application.requireVersion(shownVersion);
        return application;
    }

    private BrandApplication editable(long id, long shownVersion, DataScope scope) {
        BrandApplication application = load(id, shownVersion, scope);
        if (!application.getState().isEditable()) {
            throw new RuleViolation("application.notEditable");
        }
        return application;
    }

    /** Takes a transition of the workflow table, or refuses: wrong state → rule violation; wrong role → 403. */
    private void move(BrandApplication application, ApplicationAction action, String comment) {
        requireAction(application, action);
        ApplicationState from = application.getState();
        application.moveTo(action.to());
        applications.saveAndFlush(application);
        history.record(BrandApplication.SUBJECT_TYPE, application.getId(), action.slug(), from, action.to(), comment);
    }

    private void requireAction(BrandApplication application, ApplicationAction action) {
        if (!action.allows(application)) {
            throw new RuleViolation("application.transition.notAllowed");
        }
        if (!holds(action.permission())) {
            throw new AccessDeniedException(action + " needs " + action.permission());
        }
    }

    /** Objections are handled by whoever runs the notice: the city for 市（县）级, HRSS otherwise. */
    private void requireNoticeOfficer(BrandApplication application) {
        String permission = application.getTargetLevel() == BrandLevel.MUNICIPAL ? "brand:application:recommend" : "brand:application:decide";
        if (!holds(permission)) {
            throw new AccessDeniedException("objections need " + permission);
        }
    }

    /** 二(二)3: a brand rated D on credit may not apply (checked when opening and again when submitting). */
    private void requireCredit(long brandId, DataScope scope) {
        if (credits.currentRating(brandId, scope).filter(r -> r == CreditRating.D).isPresent()) {
            throw new RuleViolation("brandId", "application.credit.ratedD");
        }
    }

    /** The applications of a brand the caller may see, newest first, for the brand's page. */
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<BrandApplication> ofBrand(long brandId, DataScope scope) {
        return applications.findAll((root, query, cb) -> cb.equal(root.get("brandId"), brandId), scope,
                Sort.by(Sort.Order.desc("id")));
    }

    private void requireHigherLevel(LaborBrand brand, BrandLevel target) {
        if (target == null) {
            throw new RuleViolation("targetLevel", "NotNull");
        }
        if (!target.isAbove(brand.getLevel())) {
            throw new RuleViolation("targetLevel", "application.level.notHigher");
        }
    }

    private void startNoticePeriod(BrandApplication application, int workingDays) {
        LocalDate start = today();
        application.noticeRuns(start, WorkingDays.endOf(start, workingDays));
        applications.saveAndFlush(application);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, key);
        }
        return value.strip();
    }

    private static boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
    }
}
