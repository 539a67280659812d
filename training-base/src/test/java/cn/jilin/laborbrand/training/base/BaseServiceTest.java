package cn.jilin.laborbrand.training.base;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.institution.Institution;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Cultivation bases in the database: every read within the caller's scope (lists, exports, type-ahead, names, by id),
 * the designation steps with their side effects on the level, the yearly evaluation, the per-city coverage and the
 * plan's base figures.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class BaseServiceTest {

    @Autowired
    BaseService bases;
    @Autowired
    TrainingTestData data;
    @Autowired
    List<PlanMetric> metrics;
    @Autowired
    Clock clock;

    private static final BaseFilter ALL = BaseFilter.none();
    /** The plan's band as its target row states it today (governance reads the row; this module is handed the band). */
    private static final CityBand ONE_TO_TWO = new CityBand(1, 2);

    private List<Long> listed(DataScope scope) {
        return as(() -> bases.search(ALL, scope, PageRequest.of(0, 1000)).map(CultivationBase::getId).getContent());
    }

    private CultivationBase base(long id) {
        return as(() -> bases.get(id, DataScope.province()));
    }

    private RuleViolation refused(long id, BaseAction step, String comment) {
        try {
            data.take(id, step, comment);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError(step + " was not refused");
    }

    @Test
    void aCityOfficerSeesOnlyTheBasesOfItsRegionInListsExportsTypeAheadAndById() {
        Institution liaoyuan = data.institution("220402");
        Institution tonghua = data.institution("220502");
        long own = data.base(liaoyuan, BaseLevel.NONE);
        long other = data.base(tonghua, BaseLevel.NONE);
        DataScope city = data.city("220400");

        assertThat(listed(city)).contains(own).doesNotContain(other);
        assertThat(as(() -> bases.export(ALL, city, Sort.by("id")))).extracting(CultivationBase::getId).contains(own).doesNotContain(other);
        String otherName = base(other).getName();
        assertThat(as(() -> bases.options(otherName, city, 20))).isEmpty();
        assertThat(as(() -> bases.options(base(own).getName(), city, 20))).extracting(CultivationBase::getId).containsExactly(own);
        assertThat(as(() -> bases.names(List.of(own, other), city))).containsOnlyKeys(own);
        assertThatThrownBy(() -> as(() -> bases.get(other, city))).isInstanceOf(NotFoundException.class);
        assertThat(listed(DataScope.province())).contains(own, other);
    }

    @Test
    void anInstitutionSeesTheBasesItRunsAndAnAdministratorNone() {
        Institution institution = data.institution("220402");
        long own = data.base(institution, BaseLevel.NONE);
        long neighbour = data.base(data.institution("220402"), BaseLevel.NONE);

        assertThat(listed(DataScope.organisation(institution.getOrganisationId()))).containsExactly(own);
        assertThat(listed(DataScope.none())).isEmpty();
        assertThat(as(() -> bases.coverage(DataScope.none(), ONE_TO_TWO))).isEmpty();
        assertThat(as(() -> bases.names(List.of(own, neighbour), DataScope.none()))).isEmpty();
    }

    @Test
    void designationsRaiseTheLevelARevocationTakesItAndEachStepIsInTheHistory() {
        long id = data.base(data.institution("220502"), BaseLevel.NONE);
        data.take(id, BaseAction.DESIGNATE_MUNICIPAL, null);
        assertThat(base(id).getLevel()).isEqualTo(BaseLevel.MUNICIPAL);
        assertThat(base(id).getDesignatedAt()).isNotNull();
        data.take(id, BaseAction.RECOMMEND, "推荐");
        // a recommended municipal base stays municipal until HRSS decides
        assertThat(base(id).getLevel()).isEqualTo(BaseLevel.MUNICIPAL);
        assertThat(base(id).isDesignated()).isTrue();
        data.take(id, BaseAction.DESIGNATE_PROVINCIAL, "同意");
        assertThat(base(id).getLevel()).isEqualTo(BaseLevel.PROVINCIAL);
        assertThat(base(id).getState()).isEqualTo(BaseState.DESIGNATED);
        data.take(id, BaseAction.REVOKE, "  不再符合条件  ");
        assertThat(base(id).getLevel()).isEqualTo(BaseLevel.NONE);
        assertThat(base(id).getDesignatedAt()).isNull();
        assertThat(base(id).getState()).isEqualTo(BaseState.REVOKED);
        assertThat(as(() -> bases.history(id, DataScope.province()))).extracting(WorkflowStep::getAction, WorkflowStep::getComment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("register", null), org.assertj.core.groups.Tuple.tuple("designate-municipal", null),
                org.assertj.core.groups.Tuple.tuple("recommend", "推荐"), org.assertj.core.groups.Tuple.tuple("designate-provincial", "同意"),
                org.assertj.core.groups.Tuple.tuple("revoke", "不再符合条件"));
    }

    @Test
    void aDeclinedRecommendationLeavesAnUnrankedBaseRegistered() {
        long id = data.base(data.institution("220502"), BaseLevel.NONE);
        data.take(id, BaseAction.RECOMMEND, null);
        assertThat(refused(id, BaseAction.DECLINE, " ").messageKeys()).containsExactly("workflow.reason.required");
        data.take(id, BaseAction.DECLINE, "材料不全");
        assertThat(base(id).getState()).isEqualTo(BaseState.REGISTERED);
        assertThat(base(id).getLevel()).isEqualTo(BaseLevel.NONE);
    }

    @Test
    void anEvaluationNeedsAReasonAndComesOnceAYearAgainOnlyAfterARectification() {
        long id = data.base(data.institution("220502"), BaseLevel.MUNICIPAL);
        assertThat(refused(id, BaseAction.PASS, "").messageKeys()).containsExactly("workflow.reason.required");
        assertThat(base(id).getEvaluationYear()).isNull();

        data.take(id, BaseAction.RECTIFY, "师资不足");
        CultivationBase rectifying = base(id);
        assertThat(rectifying.getState()).isEqualTo(BaseState.RECTIFYING);
        assertThat(rectifying.getEvaluationYear()).isEqualTo(LocalDate.now(clock).getYear());
        assertThat(rectifying.getEvaluationOutcome()).isEqualTo(BaseAction.RECTIFY);
        // after a rectification the same year's second evaluation is allowed
        data.take(id, BaseAction.PASS, "已整改");
        assertThat(base(id).getState()).isEqualTo(BaseState.DESIGNATED);
        int steps = as(() -> bases.history(id, DataScope.province())).size();

        RuleViolation again = refused(id, BaseAction.RECTIFY, "再评一次");
        assertThat(again.messageKeys()).containsExactly("base.evaluation.alreadyThisYear");
        // refused after the step was checked: nothing of it stays, neither state nor history
        assertThat(base(id).getState()).isEqualTo(BaseState.DESIGNATED);
        assertThat(base(id).getEvaluationOutcome()).isEqualTo(BaseAction.PASS);
        assertThat(as(() -> bases.history(id, DataScope.province()))).hasSize(steps);
    }

    @Test
    void aStepIsRefusedInTheWrongStateForTheWrongRoleAndOnAStalePage() {
        long id = data.base(data.institution("220502"), BaseLevel.NONE);
        long shown = base(id).getVersion();
        assertThat(refused(id, BaseAction.PASS, "理由").messageKeys()).containsExactly("workflow.notAllowed");
        // the city recommends; only HRSS designates provincial
        SystemActor.run(() -> bases.take(id, shown, BaseAction.RECOMMEND, null, DataScope.province()), "base:view", "base:city:decide");
        long recommended = base(id).getVersion();
        assertThatThrownBy(() -> SystemActor.run(() -> bases.take(id, recommended, BaseAction.DESIGNATE_PROVINCIAL, null, DataScope.province()),
                "base:view", "base:city:decide")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemActor.run(() -> bases.take(id, shown, BaseAction.DECLINE, "旧页面", DataScope.province()),
                "base:view", "base:province:decide")).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(base(id).getState()).isEqualTo(BaseState.RECOMMENDED);
        // out of the caller's scope the base is not found at all
        assertThatThrownBy(() -> SystemActor.run(() -> bases.take(id, recommended, BaseAction.DECLINE, "越界", data.city("220400")),
                "base:view", "base:province:decide")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPageOffersTheStepsItsUserMayTakeAndAUrlSegmentNamesAStep() {
        long id = data.base(data.institution("220502"), BaseLevel.NONE);
        data.take(id, BaseAction.RECOMMEND, null);
        CultivationBase base = base(id);
        assertThat(SystemActor.call(() -> bases.availableActions(base), "base:province:decide")).extracting(BaseStep::slug, BaseStep::reasonRequired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("designate-provincial", false), org.assertj.core.groups.Tuple.tuple("decline", true));
        assertThat(SystemActor.call(() -> bases.availableActions(base), "base:city:decide")).isEmpty();
        assertThat(bases.action("decline")).isEqualTo(BaseAction.DECLINE);
        assertThatThrownBy(() -> bases.action("approve")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachPrefectureCountsItsDesignatedAndPendingBasesAndTheProvinceSeesAllEleven() {
        // 白城 (220800) is this test's own prefecture: no other test of the module puts a base there
        CityCoverage before = coverage(DataScope.province(), "220800");
        Institution baicheng = data.institution("220802");
        data.base(baicheng, BaseLevel.MUNICIPAL);
        data.base(baicheng, BaseLevel.PROVINCIAL);
        data.base(baicheng, BaseLevel.NONE);
        long revoked = data.base(baicheng, BaseLevel.MUNICIPAL);
        data.take(revoked, BaseAction.REVOKE, "撤销");

        CityCoverage after = coverage(DataScope.province(), "220800");
        assertThat(after.municipal()).isEqualTo(before.municipal() + 1);
        assertThat(after.provincial()).isEqualTo(before.provincial() + 1);
        assertThat(after.pending()).isEqualTo(before.pending() + 1);
        assertThat(after.isBelow()).isFalse();
        assertThat(as(() -> bases.coverage(DataScope.province(), ONE_TO_TWO))).hasSize(11);
        assertThat(as(() -> bases.coverage(data.city("220800"), ONE_TO_TWO))).extracting(CityCoverage::regionCode).containsExactly("220800");
    }

    @Test
    void aCityStandsBelowWithinOrAboveTheBandItIsGivenAndMeihekouIsBesideIt() {
        // 四平 (220300), 白山 (220600) and 梅河口市 (220581) are this test's own: no other test of the module puts a base there
        Institution siping = data.institution("220302");
        data.base(siping, BaseLevel.MUNICIPAL);
        data.base(siping, BaseLevel.MUNICIPAL);
        data.base(siping, BaseLevel.PROVINCIAL);
        data.base(siping, BaseLevel.NONE);
        Institution meihekou = data.institution("220581");
        data.base(meihekou, BaseLevel.MUNICIPAL);

        CityCoverage above = coverage(DataScope.province(), "220300");
        assertThat(above.designated()).isEqualTo(3);
        assertThat(above.standing()).isEqualTo(CityBand.Standing.ABOVE);
        assertThat(above.isAbove()).isTrue();
        assertThat(above.isWithin()).isFalse();
        CityCoverage none = coverage(DataScope.province(), "220600");
        assertThat(none.designated()).isZero();
        assertThat(none.isBelow()).isTrue();
        // within the band by its number, but 梅河口市 is beside the 市（州）, as 长白山管委会 is
        CityCoverage beside = coverage(DataScope.province(), "220581");
        assertThat(beside.designated()).isEqualTo(1);
        assertThat(beside.isBeside()).isTrue();
        assertThat(beside.isWithin()).isFalse();
        assertThat(coverage(DataScope.province(), "22X001").isBeside()).isTrue();

        // the band is the caller's (the plan's row): three is within a band of one to three
        assertThat(as(() -> bases.coverage(DataScope.province(), new CityBand(1, 3)))).filteredOn(c -> c.regionCode().equals("220300"))
                .singleElement().satisfies(c -> assertThat(c.isWithin()).isTrue());
        assertThat(as(() -> bases.coverage(DataScope.province(), ONE_TO_TWO))).filteredOn(CityCoverage::isBeside)
                .extracting(CityCoverage::regionCode).containsExactly("22X001", "220581");
    }

    @Test
    void thePlanFiguresCountBasesDesignatedAndNotRevoked() {
        MetricReading provincial = metric("base.provincial");
        MetricReading perCity = metric("base.perCity");
        long id = data.base(data.institution("222401"), BaseLevel.PROVINCIAL);
        assertThat(metric("base.provincial").value()).isEqualTo(provincial.value() + 1);
        assertThat(metric("base.provincial").byRegion().get("222400")).isEqualTo(provincial.byRegion().getOrDefault("222400", 0L) + 1);
        assertThat(metric("base.perCity").byRegion().get("222400")).isEqualTo(perCity.byRegion().getOrDefault("222400", 0L) + 1);
        data.take(id, BaseAction.REVOKE, "撤销");
        assertThat(metric("base.provincial").value()).isEqualTo(provincial.value());
    }

    private CityCoverage coverage(DataScope scope, String prefecture) {
        return as(() -> bases.coverage(scope, ONE_TO_TWO)).stream().filter(c -> c.regionCode().equals(prefecture)).findFirst().orElseThrow();
    }

    private MetricReading metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().read();
    }
}
