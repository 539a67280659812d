package cn.jilin.laborbrand.training.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The designation table on its own: which steps each situation offers, where they lead, and who takes them. */
class BaseWorkflowTableTest {

    private static CultivationBase base(BaseState state, BaseLevel level) {
        CultivationBase base = new CultivationBase();
        base.moveTo(state);
        base.rank(level, java.time.Instant.EPOCH);
        return base;
    }

    private static String allowed(CultivationBase base) {
        return Arrays.stream(BaseAction.values()).filter(a -> BaseWorkflow.TABLE.allows(a, base)).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    @Test
    void eachSituationOffersItsSteps() {
        assertThat(allowed(base(BaseState.REGISTERED, BaseLevel.NONE))).isEqualTo("DESIGNATE_MUNICIPAL,RECOMMEND");
        assertThat(allowed(base(BaseState.DESIGNATED, BaseLevel.MUNICIPAL))).isEqualTo("RECOMMEND,PASS,RECTIFY,REVOKE");
        assertThat(allowed(base(BaseState.DESIGNATED, BaseLevel.PROVINCIAL))).isEqualTo("PASS,RECTIFY,REVOKE");
        assertThat(allowed(base(BaseState.RECOMMENDED, BaseLevel.MUNICIPAL))).isEqualTo("DESIGNATE_PROVINCIAL,DECLINE");
        assertThat(allowed(base(BaseState.RECTIFYING, BaseLevel.MUNICIPAL))).isEqualTo("PASS,REVOKE");
        assertThat(allowed(base(BaseState.REVOKED, BaseLevel.NONE))).isEmpty();
    }

    @Test
    void aDeclinedBaseKeepsItsMunicipalLevelAndEvaluationsGoToWhoeverDesignated() {
        assertThat(BaseWorkflow.TABLE.transition(BaseAction.DECLINE).to().apply(base(BaseState.RECOMMENDED, BaseLevel.MUNICIPAL)))
                .isEqualTo(BaseState.DESIGNATED);
        assertThat(BaseWorkflow.TABLE.transition(BaseAction.DECLINE).to().apply(base(BaseState.RECOMMENDED, BaseLevel.NONE)))
                .isEqualTo(BaseState.REGISTERED);
        assertThat(BaseWorkflow.TABLE.transition(BaseAction.PASS).permission().apply(base(BaseState.DESIGNATED, BaseLevel.MUNICIPAL)))
                .isEqualTo("base:city:decide");
        assertThat(BaseWorkflow.TABLE.transition(BaseAction.PASS).permission().apply(base(BaseState.DESIGNATED, BaseLevel.PROVINCIAL)))
                .isEqualTo("base:province:decide");
        assertThat(BaseWorkflow.TABLE.transition(BaseAction.DESIGNATE_PROVINCIAL).permission().apply(base(BaseState.RECOMMENDED, BaseLevel.NONE)))
                .isEqualTo("base:province:decide");
    }

    @Test
    void declinesAndEvaluationsNeedAReasonAndEveryStepHasItsUrlSegment() {
        assertThat(Arrays.stream(BaseAction.values()).filter(a -> BaseWorkflow.TABLE.transition(a).reasonRequired()))
                .containsExactly(BaseAction.DECLINE, BaseAction.PASS, BaseAction.RECTIFY, BaseAction.REVOKE);
        assertThat(BaseWorkflow.TABLE.action("designate-provincial")).contains(BaseAction.DESIGNATE_PROVINCIAL);
        assertThat(BaseWorkflow.TABLE.action("designate_provincial")).isEmpty();
        assertThat(BaseWorkflow.levelAfter(BaseAction.DESIGNATE_MUNICIPAL, BaseLevel.NONE)).isEqualTo(BaseLevel.MUNICIPAL);
        assertThat(BaseWorkflow.levelAfter(BaseAction.DECLINE, BaseLevel.MUNICIPAL)).isEqualTo(BaseLevel.MUNICIPAL);
        assertThat(BaseWorkflow.levelAfter(BaseAction.REVOKE, BaseLevel.PROVINCIAL)).isEqualTo(BaseLevel.NONE);
    }
}
