package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.PDF;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandLevelChange;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LevelChangeSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * 国家级劳务品牌由人社部认定: a national application ends, on the province's side, in a recommendation to the ministry; the
 * ministry's decision (designated or not selected), recorded by HRSS with its document number and date, is what makes
 * the brand national or closes the application. Not transactional, like the table's test: each step commits or rolls
 * back on its own, and every test works on applications of brands of its own.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
class MinistryDecisionTest {

    static final String VIEW = "brand:application:view";
    static final String SUBMIT = "brand:application:submit";
    static final String RECOMMEND = "brand:application:recommend";
    static final String REVIEW = "brand:application:review";
    static final String DECIDE = "brand:application:decide";

    @Autowired
    ApplicationWorkflow workflow;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ApplicationService drafting;
    @Autowired
    ApplicationNoticeService notice;
    @Autowired
    BrandService brands;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;

    private static LocalDate today() {
        return LocalDate.now(PlatformTime.ZONE);
    }

    private BrandApplication read(long id) {
        return as(() -> queries.get(id, DataScope.province()), VIEW);
    }

    private BrandLevel level(long brandId) {
        return as(() -> brands.get(brandId, DataScope.province()).getLevel(), "brand:view");
    }

    private List<BrandLevelChange> levelHistory(long brandId) {
        return as(() -> brands.levelHistory(brandId, DataScope.province()), "brand:view");
    }

    private List<String> history(long id) {
        return as(() -> queries.history(id, DataScope.province()), VIEW).stream().map(WorkflowStep::getAction).toList();
    }

    private WorkflowStep lastStep(long id) {
        List<WorkflowStep> steps = as(() -> queries.history(id, DataScope.province()), VIEW);
        return steps.get(steps.size() - 1);
    }

    private List<StoredFile> files(long id) {
        return as(() -> drafting.files(id, DataScope.province()), VIEW);
    }

    /** A step by a user holding {@code permissions} and the brand's view every user who takes a step holds. */
    private ApplicationState take(long id, ApplicationAction action, ApplicationStep step, DataScope scope, String... permissions) {
        String[] held = java.util.Arrays.copyOf(permissions, permissions.length + 1);
        held[permissions.length] = "brand:view";
        return as(() -> workflow.take(id, action, step, scope), held);
    }

    private ApplicationState step(long id, ApplicationAction action, DataScope scope, String... permissions) {
        return take(id, action, ApplicationStep.of(read(id).getVersion(), null), scope, permissions);
    }

    private ApplicationState decide(long id, ApplicationAction action, String comment, MinistryDecision decision) {
        return take(id, action, ApplicationStep.ministry(read(id).getVersion(), comment, decision), DataScope.province(), DECIDE, VIEW);
    }

    private List<ApplicationAction> available(long id, String... permissions) {
        BrandApplication application = read(id);
        return as(() -> workflow.available(application), permissions);
    }

    /** An application of a new 长春 brand whose public notice ended a week ago, without objections. */
    private long noticeEnded(long brand, BrandLevel target) {
        DataScope city = records.city(CHANGCHUN);
        long id = records.application(brand, target, city);
        step(id, ApplicationAction.SUBMIT, city, SUBMIT, VIEW);
        step(id, ApplicationAction.RECOMMEND, city, RECOMMEND, VIEW);
        // the experts, the approval and the notice's start are the other workflow tests' subject: here the notice is over
        jdbc.update("update brand_application set state = 'PUBLIC_NOTICE', notice_start = ?, notice_end = ? where id = ?",
                today().minusDays(14), today().minusDays(7), id);
        return id;
    }

    /** A national application recommended to the ministry today, waiting for its decision. */
    private long atTheMinistry(long brand) {
        long id = noticeEnded(brand, BrandLevel.NATIONAL);
        step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW);
        return id;
    }

    @Test
    void aNationalApplicationEndsInMinistryReviewAndTheBrandKeepsItsLevel() {
        long brand = records.brand(CHANGCHUN);
        long id = noticeEnded(brand, BrandLevel.NATIONAL);
        // after the notice the province recommends a national application; it does not designate it
        assertThat(available(id, DECIDE)).containsExactly(ApplicationAction.REJECT, ApplicationAction.RECOMMEND_TO_MINISTRY);
        assertThatThrownBy(() -> step(id, ApplicationAction.DESIGNATE, DataScope.province(), DECIDE, VIEW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));

        assertThat(step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW))
                .isEqualTo(ApplicationState.MINISTRY_REVIEW);
        BrandApplication recommended = read(id);
        assertThat(recommended.getMinistryRecommendedAt()).isNotNull();
        assertThat(recommended.getDesignatedAt()).isNull();
        assertThat(recommended.getState().isOpen()).isTrue();
        assertThat(level(brand)).isEqualTo(BrandLevel.NONE);
        assertThat(levelHistory(brand)).isEmpty();
        assertThat(history(id)).containsExactly("open", "submit", "recommend", "recommend-to-ministry");
        // only the ministry's decision moves it on, recorded by HRSS
        assertThat(available(id, DECIDE)).containsExactly(ApplicationAction.MINISTRY_DESIGNATE, ApplicationAction.MINISTRY_DECLINE);
        assertThat(available(id, REVIEW, RECOMMEND, SUBMIT)).isEmpty();
        // the brand has an open application: it cannot apply again meanwhile
        assertThatThrownBy(() -> records.application(brand, BrandLevel.NATIONAL, records.city(CHANGCHUN)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("application.brand.alreadyOpen"));
    }

    @Test
    void recommendingToTheMinistryWaitsForTheNoticeAndEveryObjectionAsDesignatingDoes() {
        long id = noticeEnded(records.brand(CHANGCHUN), BrandLevel.NATIONAL);
        jdbc.update("update brand_application set notice_end = ? where id = ?", today(), id);
        assertThatThrownBy(() -> step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys())
                        .containsExactly("application.recommendToMinistry.noticeRunning"));

        long objection = as(() -> notice.recordObjection(id, today(), "某协会", "从业人数有误。", DataScope.province()), VIEW, DECIDE);
        jdbc.update("update brand_application set notice_end = ? where id = ?", today().minusDays(1), id);
        assertThatThrownBy(() -> step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys())
                        .containsExactly("application.recommendToMinistry.objectionPending"));
        as(() -> {
            notice.resolveObjection(id, objection, true, "经核查属实。", DataScope.province());
            return null;
        }, VIEW, DECIDE);
        assertThatThrownBy(() -> step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys())
                        .containsExactly("application.recommendToMinistry.objectionUpheld"));
        BrandApplication unchanged = read(id);
        assertThat(unchanged.getState()).isEqualTo(ApplicationState.PUBLIC_NOTICE);
        assertThat(unchanged.getMinistryRecommendedAt()).isNull();
        assertThat(history(id)).doesNotContain("recommend-to-ministry");
    }

    @Test
    void theMinistrysDesignationRecordsItsDocumentAndOnlyNowMakesTheBrandNational() {
        long brand = records.brand(CHANGCHUN);
        long id = atTheMinistry(brand);
        LocalDate date = today();
        assertThat(decide(id, ApplicationAction.MINISTRY_DESIGNATE, null,
                new MinistryDecision("  人社部函〔2025〕88号 ", date, "人社部通知.pdf", PDF))).isEqualTo(ApplicationState.DESIGNATED);

        BrandApplication designated = read(id);
        assertThat(designated.getMinistryDocumentNumber()).isEqualTo("人社部函〔2025〕88号");
        assertThat(designated.getMinistryDocumentDate()).isEqualTo(date);
        assertThat(designated.isDecidedByMinistry()).isTrue();
        assertThat(designated.getDesignatedAt()).isNotNull();
        assertThat(designated.getState().isOpen()).isFalse();
        assertThat(files(id)).filteredOn(f -> f.purpose().equals(ApplicationMinistryService.DOCUMENT_PURPOSE))
                .singleElement().satisfies(f -> {
                    assertThat(f.id()).isEqualTo(designated.getMinistryAttachmentId());
                    assertThat(f.filename()).isEqualTo("人社部通知.pdf");
                });

        assertThat(level(brand)).isEqualTo(BrandLevel.NATIONAL);
        assertThat(levelHistory(brand)).singleElement().satisfies(change -> {
            assertThat(change.getFromLevel()).isEqualTo(BrandLevel.NONE);
            assertThat(change.getToLevel()).isEqualTo(BrandLevel.NATIONAL);
            assertThat(change.getSource()).isEqualTo(LevelChangeSource.MINISTRY);
            assertThat(change.getDocumentNumber()).isEqualTo("人社部函〔2025〕88号");
            assertThat(change.getApplicationId()).isEqualTo(id);
            assertThat(change.getReason()).contains("人社部", "人社部函〔2025〕88号", date.toString());
        });
        WorkflowStep last = lastStep(id);
        assertThat(last.getAction()).isEqualTo("ministry-designate");
        assertThat(last.getToState()).isEqualTo("DESIGNATED");
        assertThat(last.getComment()).contains("人社部函〔2025〕88号", date.toString());
    }

    @Test
    void notSelectedByTheMinistryClosesTheApplicationWithItsReasonAndTheLevelStays() {
        long brand = records.brand(CHANGCHUN);
        long id = atTheMinistry(brand);
        assertThat(decide(id, ApplicationAction.MINISTRY_DECLINE, " 全国名额有限，未列入本批名单。 ",
                new MinistryDecision("人社厅函〔2025〕12号", today(), null, null))).isEqualTo(ApplicationState.NOT_SELECTED);

        BrandApplication closed = read(id);
        assertThat(closed.getDecisionReason()).isEqualTo("全国名额有限，未列入本批名单。");
        assertThat(closed.getMinistryDocumentNumber()).isEqualTo("人社厅函〔2025〕12号");
        assertThat(closed.getMinistryAttachmentId()).isNull();
        assertThat(closed.getDesignatedAt()).isNull();
        assertThat(closed.getState().isOpen()).isFalse();
        assertThat(level(brand)).isEqualTo(BrandLevel.NONE);
        assertThat(levelHistory(brand)).isEmpty();
        assertThat(lastStep(id).getComment())
                .contains("人社厅函〔2025〕12号", "全国名额有限");
        // closed: the brand may apply again
        assertThat(records.application(brand, BrandLevel.NATIONAL, records.city(CHANGCHUN))).isNotEqualTo(id);
    }

    @Test
    void anIncompleteOrImplausibleDecisionIsRefusedOnItsFieldAndChangesNothing() {
        long brand = records.brand(CHANGCHUN);
        long id = atTheMinistry(brand);
        LocalDate today = today();
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision(null, today, null, null),
                "documentNumber", "application.ministry.numberRequired");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("   ", today, null, null),
                "documentNumber", "application.ministry.numberRequired");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("人".repeat(51), today, null, null),
                "documentNumber", "application.ministry.numberTooLong");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, null, "documentNumber", "application.ministry.numberRequired");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("人社部函〔2025〕1号", null, null, null),
                "documentDate", "application.ministry.dateRequired");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("人社部函〔2025〕1号", today.plusDays(1), null, null),
                "documentDate", "application.ministry.dateInFuture");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("人社部函〔2025〕1号", today.minusDays(1), null, null),
                "documentDate", "application.ministry.dateBeforeRecommendation");
        refused(id, ApplicationAction.MINISTRY_DECLINE, "  ", new MinistryDecision("人社部函〔2025〕1号", today, null, null),
                "comment", "workflow.reason.required");
        refused(id, ApplicationAction.MINISTRY_DESIGNATE, null, new MinistryDecision("人社部函〔2025〕1号", today, "通知.pdf",
                "这其实是文本".getBytes()), "file", "attachment.wrongType");
        // a number of exactly fifty characters is one
        assertThat(decide(id, ApplicationAction.MINISTRY_DECLINE, "未入选", new MinistryDecision("人".repeat(50), today, null, null)))
                .isEqualTo(ApplicationState.NOT_SELECTED);
    }

    /** The decision is refused on {@code field} with {@code key}; the application, its files, its history and the brand stay. */
    private void refused(long id, ApplicationAction action, String comment, MinistryDecision decision, String field, String key) {
        BrandApplication before = read(id);
        List<String> steps = history(id);
        int fileCount = files(id).size();
        Consumer<RuleViolation> onTheField = e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKeys()).containsExactly(key);
        };
        assertThatThrownBy(() -> decide(id, action, comment, decision)).isInstanceOfSatisfying(RuleViolation.class, onTheField);
        BrandApplication after = read(id);
        assertThat(after.getState()).isEqualTo(ApplicationState.MINISTRY_REVIEW);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getMinistryDocumentNumber()).isNull();
        assertThat(after.getDecisionReason()).isNull();
        assertThat(history(id)).isEqualTo(steps);
        assertThat(files(id)).hasSize(fileCount);
        assertThat(level(after.getBrandId())).isEqualTo(BrandLevel.NONE);
    }

    @Test
    void onlyHrssDecidersRecordTheMinistrysDecisionAndOnlyWithinTheirScope() {
        long id = atTheMinistry(records.brand(CHANGCHUN));
        MinistryDecision decision = new MinistryDecision("人社部函〔2025〕7号", today(), null, null);
        long version = read(id).getVersion();
        // the city that recommended it, an HRSS reviewer, the applicant: never theirs to take (403)
        for (String permission : List.of(RECOMMEND, REVIEW, SUBMIT)) {
            assertThatThrownBy(() -> take(id, ApplicationAction.MINISTRY_DESIGNATE, ApplicationStep.ministry(version, null, decision),
                    records.city(CHANGCHUN), permission, VIEW)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> take(id, ApplicationAction.MINISTRY_DECLINE, ApplicationStep.ministry(version, "理由", decision),
                    records.city(CHANGCHUN), permission, VIEW)).isInstanceOf(AccessDeniedException.class);
        }
        // a decider whose scope does not cover the application finds no such application
        assertThatThrownBy(() -> take(id, ApplicationAction.MINISTRY_DESIGNATE, ApplicationStep.ministry(version, null, decision),
                records.city(LIAOYUAN), DECIDE, VIEW)).isInstanceOf(NotFoundException.class);
        assertThat(read(id).getState()).isEqualTo(ApplicationState.MINISTRY_REVIEW);
        assertThat(read(id).getVersion()).isEqualTo(version);
    }

    @Test
    void aProvincialApplicationIsStillDesignatedByTheProvinceAfterItsNotice() {
        long brand = records.brand(CHANGCHUN);
        long id = noticeEnded(brand, BrandLevel.PROVINCIAL);
        assertThat(available(id, DECIDE)).containsExactly(ApplicationAction.REJECT, ApplicationAction.DESIGNATE);
        assertThatThrownBy(() -> step(id, ApplicationAction.RECOMMEND_TO_MINISTRY, DataScope.province(), DECIDE, VIEW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        assertThat(step(id, ApplicationAction.DESIGNATE, DataScope.province(), DECIDE, VIEW)).isEqualTo(ApplicationState.DESIGNATED);
        assertThat(level(brand)).isEqualTo(BrandLevel.PROVINCIAL);
        assertThat(levelHistory(brand)).singleElement().satisfies(change -> {
            assertThat(change.getSource()).isEqualTo(LevelChangeSource.DESIGNATION);
            assertThat(change.getDocumentNumber()).isNull();
        });
        assertThat(read(id).getMinistryRecommendedAt()).isNull();
    }

    @Test
    void nothingButTheMinistryRaisesABrandToNational() {
        long brand = records.brand(CHANGCHUN);
        assertThatThrownBy(() -> brands.designate(brand, BrandLevel.NATIONAL, LevelChangeSource.DESIGNATION, 1L, null, "省级认定"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> brands.designate(brand, BrandLevel.NATIONAL, LevelChangeSource.MINISTRY, 1L, null, "无文号"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> brands.designate(brand, BrandLevel.PROVINCIAL, LevelChangeSource.MINISTRY, 1L, "人社部函〔2025〕1号", "省级"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(level(brand)).isEqualTo(BrandLevel.NONE);
    }
}
