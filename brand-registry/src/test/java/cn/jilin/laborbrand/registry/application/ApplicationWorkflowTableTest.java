package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The application workflow's table on the one mechanism: which step leads where, who may take it, which needs a
 * reason, and that a refused step changes nothing. Not transactional: each step commits or rolls back on its own, as
 * on a page; every test works on applications of brands of its own.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
class ApplicationWorkflowTableTest {

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
    RegistryRecords records;

    private BrandApplication read(long id) {
        return as(() -> queries.get(id, DataScope.province()), VIEW);
    }

    private ApplicationState take(long id, ApplicationAction action, String comment, DataScope scope, String... permissions) {
        long version = read(id).getVersion();
        return as(() -> workflow.take(id, action, ApplicationStep.of(version, comment), scope), withViews(permissions));
    }

    /** A step's permission and the reading ones every user who takes a step holds. */
    private static String[] withViews(String... permissions) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(permissions), java.util.stream.Stream.of(VIEW, "brand:view"))
                .toArray(String[]::new);
    }

    private List<ApplicationAction> available(long id, String... permissions) {
        BrandApplication application = read(id);
        return as(() -> workflow.available(application), permissions);
    }

    @Test
    void aProvincialApplicationGoesFromTheCityToHrssAndEachStepIsWrittenDown() {
        DataScope city = records.city(CHANGCHUN);
        long id = records.application(records.brand(CHANGCHUN), BrandLevel.PROVINCIAL, city);
        assertThat(available(id, SUBMIT)).containsExactly(ApplicationAction.SUBMIT, ApplicationAction.WITHDRAW);

        assertThat(take(id, ApplicationAction.SUBMIT, null, city, SUBMIT)).isEqualTo(ApplicationState.SUBMITTED);
        // a provincial application is recommended, never approved or rejected by the city
        assertThat(available(id, RECOMMEND)).containsExactly(ApplicationAction.RECOMMEND, ApplicationAction.CITY_RETURN);
        assertThat(take(id, ApplicationAction.RECOMMEND, "同意推荐", city, RECOMMEND)).isEqualTo(ApplicationState.RECOMMENDED);
        assertThat(available(id, REVIEW)).containsExactly(ApplicationAction.RETURN, ApplicationAction.ASSIGN_EXPERTS);
        assertThat(available(id, SUBMIT, RECOMMEND)).isEmpty();

        assertThat(take(id, ApplicationAction.RETURN, "材料不全", DataScope.province(), REVIEW)).isEqualTo(ApplicationState.RETURNED);
        BrandApplication returned = read(id);
        assertThat(returned.getReturnReason()).isEqualTo("材料不全");
        assertThat(returned.getSubmittedAt()).isNotNull();
        assertThat(as(() -> queries.history(id, city), VIEW)).extracting(WorkflowStep::getAction, WorkflowStep::getToState,
                WorkflowStep::getComment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("open", "DRAFT", null),
                org.assertj.core.groups.Tuple.tuple("submit", "SUBMITTED", null),
                org.assertj.core.groups.Tuple.tuple("recommend", "RECOMMENDED", "同意推荐"),
                org.assertj.core.groups.Tuple.tuple("return", "RETURNED", "材料不全"));
    }

    @Test
    void aMunicipalApplicationIsDecidedByTheCityAndDesignatedOnlyAfterItsNotice() {
        DataScope city = records.city(CHANGCHUN);
        long id = records.application(records.brand(CHANGCHUN), BrandLevel.MUNICIPAL, city);
        take(id, ApplicationAction.SUBMIT, null, city, SUBMIT);
        assertThat(available(id, RECOMMEND)).containsExactly(ApplicationAction.CITY_APPROVE, ApplicationAction.CITY_RETURN,
                ApplicationAction.CITY_REJECT);
        assertThatThrownBy(() -> take(id, ApplicationAction.RECOMMEND, null, city, RECOMMEND))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));

        assertThat(take(id, ApplicationAction.CITY_APPROVE, null, city, RECOMMEND)).isEqualTo(ApplicationState.PUBLIC_NOTICE);
        BrandApplication onNotice = read(id);
        assertThat(onNotice.getNoticeStart()).isNotNull();
        assertThat(onNotice.getNoticeEnd()).isAfter(onNotice.getNoticeStart());
        assertThatThrownBy(() -> take(id, ApplicationAction.CITY_DESIGNATE, null, city, RECOMMEND))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys())
                        .containsExactly("application.designate.noticeRunning"));
        assertThat(read(id).getState()).isEqualTo(ApplicationState.PUBLIC_NOTICE);
        assertThat(read(id).getDesignatedAt()).isNull();
    }

    @Test
    void eachRefusalHasItsOwnAnswerAndChangesNothing() {
        DataScope city = records.city(CHANGCHUN);
        long id = records.application(records.brand(CHANGCHUN), BrandLevel.PROVINCIAL, city);
        // a step that is never the user's to take: 403, whatever the state
        assertThatThrownBy(() -> take(id, ApplicationAction.APPROVE, null, DataScope.province(), SUBMIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> take(id, ApplicationAction.RECOMMEND, null, city, SUBMIT)).isInstanceOf(AccessDeniedException.class);
        // the user's step in the wrong state
        assertThatThrownBy(() -> take(id, ApplicationAction.RECOMMEND, null, city, RECOMMEND))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        // a page that is out of date
        assertThatThrownBy(() -> as(() -> workflow.take(id, ApplicationAction.SUBMIT, ApplicationStep.of(read(id).getVersion() + 1, null),
                city), withViews(SUBMIT))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(read(id).getState()).isEqualTo(ApplicationState.DRAFT);

        take(id, ApplicationAction.SUBMIT, null, city, SUBMIT);
        // a step that asks a reason
        assertThatThrownBy(() -> take(id, ApplicationAction.CITY_RETURN, "  ", city, RECOMMEND))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKeys()).containsExactly("workflow.reason.required");
                });
        assertThat(read(id).getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(as(() -> queries.history(id, city), VIEW)).extracting(WorkflowStep::getAction).containsExactly("open", "submit");
        assertThat(workflow.needsReason(ApplicationAction.CITY_RETURN)).isTrue();
        assertThat(workflow.needsReason(ApplicationAction.RECOMMEND)).isFalse();
        assertThat(workflow.action("city-return")).contains(ApplicationAction.CITY_RETURN);
        assertThat(workflow.action("designate-now")).isEmpty();
    }

    @Test
    void anotherCityCannotTouchTheApplicationAndSubmittingNeedsTheForm() {
        DataScope city = records.city(CHANGCHUN);
        long brand = records.brand(CHANGCHUN);
        long id = records.application(brand, BrandLevel.PROVINCIAL, city);
        assertThatThrownBy(() -> take(id, ApplicationAction.SUBMIT, null, records.city(RegistryRecords.LIAOYUAN), SUBMIT))
                .isInstanceOf(cn.jilin.laborbrand.platform.NotFoundException.class);

        long other = records.brand(CHANGCHUN);
        long withoutForm = as(() -> drafting.open(other, new ApplicationDraft(BrandLevel.PROVINCIAL, "理由", null, null, "刘洋", "13812345678"), city), SUBMIT, "brand:view");
        assertThatThrownBy(() -> take(withoutForm, ApplicationAction.SUBMIT, null, city, SUBMIT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("application.submit.formMissing"));
        assertThat(read(withoutForm).getState()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void afterItsNoticeANationalApplicationIsRecommendedToTheMinistryWhichDecidesAndAProvincialOneIsDesignated() {
        BrandApplication national = new BrandApplication(1L, CHANGCHUN, BrandLevel.NATIONAL);
        BrandApplication provincial = new BrandApplication(2L, CHANGCHUN, BrandLevel.PROVINCIAL);
        national.moveTo(ApplicationState.PUBLIC_NOTICE);
        provincial.moveTo(ApplicationState.PUBLIC_NOTICE);
        var table = ApplicationWorkflow.TABLE;
        assertThat(table.allows(ApplicationAction.DESIGNATE, national)).isFalse();
        assertThat(table.allows(ApplicationAction.RECOMMEND_TO_MINISTRY, national)).isTrue();
        assertThat(table.allows(ApplicationAction.DESIGNATE, provincial)).isTrue();
        assertThat(table.allows(ApplicationAction.RECOMMEND_TO_MINISTRY, provincial)).isFalse();
        assertThat(table.transition(ApplicationAction.RECOMMEND_TO_MINISTRY).to().apply(national)).isEqualTo(ApplicationState.MINISTRY_REVIEW);

        national.moveTo(ApplicationState.MINISTRY_REVIEW);
        assertThat(table.transition(ApplicationAction.MINISTRY_DESIGNATE).to().apply(national)).isEqualTo(ApplicationState.DESIGNATED);
        assertThat(table.transition(ApplicationAction.MINISTRY_DECLINE).to().apply(national)).isEqualTo(ApplicationState.NOT_SELECTED);
        for (ApplicationAction action : List.of(ApplicationAction.RECOMMEND_TO_MINISTRY, ApplicationAction.MINISTRY_DESIGNATE,
                ApplicationAction.MINISTRY_DECLINE)) {
            assertThat(table.transition(action).permission().apply(national)).isEqualTo(DECIDE);
        }
        // the ministry's decision alone moves an application out of its review: no other step leaves that state
        assertThat(java.util.EnumSet.allOf(ApplicationAction.class)).filteredOn(a -> table.allows(a, national))
                .containsExactly(ApplicationAction.MINISTRY_DESIGNATE, ApplicationAction.MINISTRY_DECLINE);
        assertThat(workflow.needsReason(ApplicationAction.MINISTRY_DECLINE)).isTrue();
        assertThat(workflow.needsReason(ApplicationAction.MINISTRY_DESIGNATE)).isFalse();
        assertThat(workflow.action("recommend-to-ministry")).contains(ApplicationAction.RECOMMEND_TO_MINISTRY);
        assertThat(ApplicationState.NOT_SELECTED.isOpen()).isFalse();
        assertThat(ApplicationState.MINISTRY_REVIEW.isOpen()).isTrue();
    }

    @Autowired
    ApplicationService drafting;
}
