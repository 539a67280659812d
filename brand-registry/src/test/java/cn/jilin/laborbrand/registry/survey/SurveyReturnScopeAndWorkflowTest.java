package cn.jilin.laborbrand.registry.survey;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey returns: which returns, units, counts, exports and roll-ups a scope sees, and the return's workflow table
 * (who files, who returns with a reason, who accepts; nothing moves in a closed round). Each test opens a round of its
 * own, rolled back with everything else afterwards.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class SurveyReturnScopeAndWorkflowTest {

    static final String[] BUREAU = {"survey:view", "survey:return:file", "brand:view"};
    static final String[] HRSS = {"survey:view", "survey:manage", "brand:view"};

    @Autowired
    SurveyService rounds;
    @Autowired
    SurveyReturnService returns;
    @Autowired
    SurveyReturnWorkflow workflow;
    @Autowired
    SurveyRollUpService rollUps;
    @Autowired
    BrandService brands;
    @Autowired
    RegistryRecords records;

    private DataScope changchun;
    private DataScope liaoyuan;
    private long round;
    private long nanguanBrand;
    private long liaoyuanBrand;
    private long changchunReturn;
    private long liaoyuanReturn;

    @BeforeEach
    void aRoundWithTheReturnsOfTwoCities() {
        changchun = records.city(CHANGCHUN);
        liaoyuan = records.city(LIAOYUAN);
        nanguanBrand = records.brand(NANGUAN, IndustrySection.C);
        liaoyuanBrand = records.brand(LIAOYUAN, IndustrySection.C);
        round = as(() -> rounds.open(new NewSurvey("测试普查", 2090, null)), HRSS);
        changchunReturn = as(() -> rounds.start(round, changchun), BUREAU);
        liaoyuanReturn = as(() -> rounds.start(round, liaoyuan), BUREAU);
    }

    private List<Long> returnIds(DataScope scope) {
        return as(() -> returns.returns(round, ReturnFilter.none(), scope).stream().map(SurveyReturn::getId).toList(), HRSS);
    }

    private ReturnState take(long id, ReturnAction action, String comment, DataScope scope, String... permissions) {
        long version = as(() -> returns.getReturn(id, scope).getVersion(), HRSS);
        return as(() -> workflow.take(id, action, version, comment, scope), permissions);
    }

    @Test
    void aCityFilesOneReturnForItsRegionWithALinePerBrandOfItsCounties() {
        SurveyReturn own = as(() -> returns.getReturn(changchunReturn, changchun), BUREAU);
        assertThat(own.getRegionCode()).isEqualTo(CHANGCHUN);
        assertThat(own.getBrandRows()).extracting(ReturnBrandRow::getBrandId).contains(nanguanBrand).doesNotContain(liaoyuanBrand);
        assertThat(as(() -> rounds.start(round, changchun), BUREAU)).isEqualTo(changchunReturn);
        assertThatThrownBy(() -> as(() -> rounds.start(round, records.city(NANGUAN)), BUREAU))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("survey.return.prefectureOnly"));
    }

    @Test
    void eachScopeSeesTheReturnsUnitsAndCountsOfItsOwnRegionOnly() {
        assertThat(returnIds(changchun)).containsExactly(changchunReturn);
        assertThat(returnIds(liaoyuan)).containsExactly(liaoyuanReturn);
        assertThat(returnIds(DataScope.province())).containsExactly(changchunReturn, liaoyuanReturn);
        long enterprise = records.enterprise(CHANGCHUN);
        for (DataScope nobody : List.of(DataScope.none(), DataScope.organisation(enterprise), DataScope.expert(-1L))) {
            assertThat(returnIds(nobody)).isEmpty();
            assertThatThrownBy(() -> as(() -> returns.getReturn(changchunReturn, nobody), HRSS)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(() -> returns.getReturn(liaoyuanReturn, changchun), HRSS)).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> returns.exportReturns(round, ReturnFilter.none(), changchun), HRSS)).extracting(SurveyReturn::getId)
                .containsExactly(changchunReturn);
        assertThat(as(() -> returns.returnsOf(List.of(round), liaoyuan), HRSS).get(round)).extracting(SurveyReturn::getId)
                .containsExactly(liaoyuanReturn);

        assertThat(as(() -> rounds.units(round, null, changchun), HRSS)).extracting(u -> u.region().getCode()).containsExactly(CHANGCHUN);
        List<RoundUnit> provinceUnits = as(() -> rounds.units(round, null, DataScope.province()), HRSS);
        assertThat(provinceUnits).hasSizeGreaterThan(2).extracting(u -> u.region().getCode()).contains(CHANGCHUN, LIAOYUAN);
        assertThat(provinceUnits).filteredOn(u -> u.ret() != null).hasSize(2);
        assertThat(as(() -> rounds.units(round, ReturnState.SUBMITTED, DataScope.province()), HRSS)).isEmpty();

        take(changchunReturn, ReturnAction.SUBMIT, null, changchun, BUREAU);
        RoundProgress province = as(() -> rounds.progress(List.of(round), DataScope.province()), HRSS).get(round);
        assertThat(province.prefectures()).isEqualTo(provinceUnits.size());
        assertThat(province.filed()).isEqualTo(1);
        assertThat(province.accepted()).isZero();
        RoundProgress ofLiaoyuan = as(() -> rounds.progress(List.of(round), liaoyuan), HRSS).get(round);
        assertThat(ofLiaoyuan.prefectures()).isEqualTo(1);
        assertThat(ofLiaoyuan.filed()).isZero();
        assertThat(ofLiaoyuan.own().getId()).isEqualTo(liaoyuanReturn);
        assertThat(as(() -> rounds.progress(List.of(round), DataScope.none()), HRSS).get(round).filed()).isZero();
        assertThat(as(() -> rounds.units(round, ReturnState.SUBMITTED, DataScope.province()), HRSS))
                .extracting(u -> u.region().getCode()).containsExactly(CHANGCHUN);
    }

    @Test
    void theRollUpCountsTheFiledReturnsOfTheScope() {
        long version = as(() -> returns.getReturn(liaoyuanReturn, liaoyuan).getVersion(), HRSS);
        as(() -> {
            returns.save(liaoyuanReturn, version, new ReturnContent(List.of(new BrandFigures(liaoyuanBrand, BrandMaturity.EMERGING, 1234,
                    new BigDecimal("5000000.00"), 30, 20)), List.of(new GroupFigures("测试群体", "木工", 66, BrandMaturity.UNNAMED, null))), liaoyuan);
            return null;
        }, BUREAU);
        take(liaoyuanReturn, ReturnAction.SUBMIT, null, liaoyuan, BUREAU);

        SurveyRollUp ofLiaoyuan = as(() -> rollUps.rollUp(round, liaoyuan), HRSS);
        assertThat(ofLiaoyuan.totals().prefectures()).isEqualTo(1);
        assertThat(ofLiaoyuan.totals().filed()).isEqualTo(1);
        assertThat(ofLiaoyuan.totals().groups()).isEqualTo(1);
        assertThat(ofLiaoyuan.totals().groupWorkforce()).isEqualTo(66);
        SurveyRollUp ofChangchun = as(() -> rollUps.rollUp(round, changchun), HRSS);
        assertThat(ofChangchun.totals().filed()).isZero();
        assertThat(ofChangchun.notFiled()).extracting(SurveyRollUp.RegionLine::regionCode).containsExactly(CHANGCHUN);
        SurveyRollUp ofProvince = as(() -> rollUps.exportRollUp(round, DataScope.province()), HRSS);
        assertThat(ofProvince.totals().filed()).isEqualTo(1);
        assertThat(ofProvince.totals().groupWorkforce()).isEqualTo(66);
        assertThat(ofProvince.totals().brandWorkforce()).isEqualTo(ofLiaoyuan.totals().brandWorkforce());
        assertThat(as(() -> rollUps.rollUp(round, DataScope.none()), HRSS).totals().prefectures()).isZero();
    }

    @Test
    void theBureauSubmitsHrssReturnsWithAReasonOrAcceptsAndTheFiguresBecomeTheBrands() {
        long version = as(() -> returns.getReturn(changchunReturn, changchun).getVersion(), HRSS);
        as(() -> {
            returns.save(changchunReturn, version, new ReturnContent(List.of(new BrandFigures(nanguanBrand, BrandMaturity.ESTABLISHED, 777,
                    new BigDecimal("8888888.00"), 40, 30)), List.of()), changchun);
            return null;
        }, BUREAU);
        assertThat(as(() -> workflow.available(changchunReturn, changchun), BUREAU)).containsExactly(ReturnAction.SUBMIT);
        assertThat(as(() -> workflow.available(changchunReturn, DataScope.province()), HRSS)).isEmpty();

        assertThat(take(changchunReturn, ReturnAction.SUBMIT, null, changchun, BUREAU)).isEqualTo(ReturnState.SUBMITTED);
        assertThat(as(() -> workflow.available(changchunReturn, DataScope.province()), HRSS))
                .containsExactly(ReturnAction.RETURN, ReturnAction.ACCEPT);
        // the bureau may not decide on its own return, whatever its state
        assertThatThrownBy(() -> take(changchunReturn, ReturnAction.ACCEPT, null, changchun, BUREAU)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> take(changchunReturn, ReturnAction.SUBMIT, null, changchun, BUREAU))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        assertThatThrownBy(() -> take(changchunReturn, ReturnAction.RETURN, " ", DataScope.province(), HRSS))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.reason.required"));
        assertThatThrownBy(() -> take(liaoyuanReturn, ReturnAction.SUBMIT, null, changchun, BUREAU)).isInstanceOf(NotFoundException.class);

        assertThat(take(changchunReturn, ReturnAction.RETURN, "务工收入偏高，请核实", DataScope.province(), HRSS)).isEqualTo(ReturnState.RETURNED);
        assertThat(as(() -> returns.getReturn(changchunReturn, changchun).getReturnReason(), HRSS)).isEqualTo("务工收入偏高，请核实");
        take(changchunReturn, ReturnAction.SUBMIT, null, changchun, BUREAU);
        assertThat(as(() -> brands.get(nanguanBrand, DataScope.province()).getWorkforceSize(), HRSS)).isEqualTo(500);
        assertThat(take(changchunReturn, ReturnAction.ACCEPT, null, DataScope.province(), HRSS)).isEqualTo(ReturnState.ACCEPTED);
        assertThat(as(() -> brands.get(nanguanBrand, DataScope.province()).getWorkforceSize(), HRSS)).isEqualTo(777);
        assertThat(as(() -> brands.get(nanguanBrand, DataScope.province()).getMaturity(), HRSS)).isEqualTo(BrandMaturity.ESTABLISHED);
        assertThat(as(() -> workflow.available(changchunReturn, DataScope.province()), HRSS)).isEmpty();
        assertThat(as(() -> returns.history(changchunReturn, changchun), HRSS)).extracting(WorkflowStep::getAction)
                .containsExactly("create", "submit", "return", "submit", "accept");
    }

    @Test
    void nothingMovesInAClosedRound() {
        take(changchunReturn, ReturnAction.SUBMIT, null, changchun, BUREAU);
        long version = as(() -> rounds.round(round).getVersion(), HRSS);
        as(() -> {
            rounds.close(round, version);
            return null;
        }, HRSS);
        assertThat(as(() -> workflow.available(changchunReturn, DataScope.province()), HRSS)).isEmpty();
        assertThatThrownBy(() -> take(changchunReturn, ReturnAction.ACCEPT, null, DataScope.province(), HRSS))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("survey.round.closed"));
        assertThat(as(() -> returns.editable(liaoyuanReturn, liaoyuan), BUREAU)).isFalse();
        assertThat(as(() -> returns.getReturn(changchunReturn, changchun).getState(), HRSS)).isEqualTo(ReturnState.SUBMITTED);
    }
}
