package cn.jilin.laborbrand.training.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The designation table on its own: which steps each situation offers, and who takes them. */
class BaseActionTest {

    private static CultivationBase base(BaseState state, BaseLevel level) {
        CultivationBase base = new CultivationBase(false);
        base.moveTo(state, level, java.time.Instant.EPOCH);
        return base;
    }

    private static String allowed(CultivationBase base) {
        return Arrays.stream(BaseAction.values()).filter(a -> a.allows(base)).map(Enum::name).collect(Collectors.joining(","));
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
        assertThat(BaseAction.DECLINE.to(base(BaseState.RECOMMENDED, BaseLevel.MUNICIPAL))).isEqualTo(BaseState.DESIGNATED);
        assertThat(BaseAction.DECLINE.to(base(BaseState.RECOMMENDED, BaseLevel.NONE))).isEqualTo(BaseState.REGISTERED);
        assertThat(BaseAction.PASS.permission(base(BaseState.DESIGNATED, BaseLevel.MUNICIPAL))).isEqualTo("base:city:decide");
        assertThat(BaseAction.PASS.permission(base(BaseState.DESIGNATED, BaseLevel.PROVINCIAL))).isEqualTo("base:province:decide");
        assertThat(BaseAction.DESIGNATE_PROVINCIAL.permission(base(BaseState.RECOMMENDED, BaseLevel.NONE))).isEqualTo("base:province:decide");
        assertThat(Arrays.stream(BaseAction.values()).map(BaseAction::slug).map(BaseAction::ofSlug)).containsExactly(BaseAction.values());
    }
}
