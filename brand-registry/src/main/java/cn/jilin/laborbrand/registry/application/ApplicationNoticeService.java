package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LevelChangeSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notice before a designation (二(一)2: 公示): its period in working days, the objections received during it and
 * their resolution, and what designation (or, for a national application, the recommendation to the ministry) waits
 * for — the period ended, every objection resolved and none upheld. The notice is run by whoever decides the
 * application: the city for 市（县）级, HRSS otherwise.
 */
@Service
public class ApplicationNoticeService {

    /** The notice period unless HRSS sets a longer one, in working days. */
    public static final int DEFAULT_WORKING_DAYS = 5;
    static final int MAX_WORKING_DAYS = 30;

    private final BrandApplicationRepository applications;
    private final ObjectionRepository objections;
    private final BrandService brands;
    private final CurrentUser user;
    private final AuditService audit;
    private final Clock clock;

    ApplicationNoticeService(BrandApplicationRepository applications, ObjectionRepository objections, BrandService brands,
                             CurrentUser user, AuditService audit, Clock clock) {
        this.applications = applications;
        this.objections = objections;
        this.brands = brands;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    public List<Objection> objections(long id, DataScope scope) {
        return objections.findByApplicationIdOrderById(applications.getById(id, scope).getId());
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
                Text.required(objector, "objector", "application.objection.objectorRequired"),
                Text.required(content, "content", "application.objection.contentRequired")));
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
        String why = Text.required(note, "note", "application.objection.noteRequired");
        objection.resolve(upheld ? Objection.Resolution.UPHELD : Objection.Resolution.DISMISSED, why, user.username(), clock.instant());
        objections.save(objection);
        audit.record("application.objection.resolve", BrandApplication.SUBJECT_TYPE, id, objection.getResolution() + " " + why);
    }

    /** The notice runs from today for {@code workingDays} working days (5 to 30). */
    void startPeriod(BrandApplication application, Integer workingDays) {
        if (workingDays == null || workingDays < DEFAULT_WORKING_DAYS || workingDays > MAX_WORKING_DAYS) {
            throw new RuleViolation("workingDays", "application.notice.days");
        }
        LocalDate start = today();
        application.noticeRuns(start, WorkingDays.endOf(start, workingDays));
    }

    /**
     * The step DESIGNATE (or CITY_DESIGNATE): once the notice period has ended with every objection resolved and none
     * upheld, the brand is designated at the level applied for; its level changes here, with its history.
     */
    void designate(BrandApplication application) {
        requireNoticeCleared(application, "application.designate");
        application.designated(clock.instant());
        brands.designate(application.getBrandId(), application.getTargetLevel(), LevelChangeSource.DESIGNATION, application.getId(), null,
                "申报认定，公示期 " + application.getNoticeStart() + " 至 " + application.getNoticeEnd());
    }

    /**
     * What the step after a notice waits for, whether it designates or recommends to the ministry: the period ended,
     * every objection resolved and none upheld. Refusals are {@code <keyPrefix>.noticeRunning}, {@code .objectionPending}
     * and {@code .objectionUpheld}.
     */
    void requireNoticeCleared(BrandApplication application, String keyPrefix) {
        if (!today().isAfter(application.getNoticeEnd())) {
            throw new RuleViolation(keyPrefix + ".noticeRunning");
        }
        List<Objection> list = objections.findByApplicationIdOrderById(application.getId());
        if (list.stream().anyMatch(o -> o.getResolution() == Objection.Resolution.PENDING)) {
            throw new RuleViolation(keyPrefix + ".objectionPending");
        }
        if (list.stream().anyMatch(o -> o.getResolution() == Objection.Resolution.UPHELD)) {
            throw new RuleViolation(keyPrefix + ".objectionUpheld");
        }
    }

    private void requireNoticeOfficer(BrandApplication application) {
        String permission = application.getTargetLevel() == BrandLevel.MUNICIPAL
                ? ApplicationWorkflow.RECOMMEND_PERMISSION : ApplicationWorkflow.DECIDE_PERMISSION;
        if (!user.holds(permission)) {
            throw new AccessDeniedException("objections need " + permission);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
