package cn.jilin.laborbrand.registry.survey;

import static cn.jilin.laborbrand.registry.survey.ReturnAction.ACCEPT;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.CREATE;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.RETURN;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.SAVE;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.SUBMIT;
import static cn.jilin.laborbrand.registry.survey.ReturnState.ACCEPTED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.DRAFT;
import static cn.jilin.laborbrand.registry.survey.ReturnState.RETURNED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The survey return's table of steps, cell by cell: which step from which state, by whom, to where. */
class ReturnActionTest {

    private static final Set<String> CITY = Set.of("survey:view", "survey:return:file", "brand:view");
    private static final Set<String> HRSS = Set.of("survey:view", "survey:manage", "brand:view");
    private static final Set<String> REVIEWER = Set.of("survey:view", "brand:view");

    @Test
    void everyStepLeadsFromExactlyTheStatesOfThePlan() {
        Map<ReturnAction, Set<ReturnState>> allowed = new EnumMap<>(ReturnAction.class);
        allowed.put(CREATE, EnumSet.noneOf(ReturnState.class));
        allowed.put(SAVE, EnumSet.of(DRAFT, RETURNED));
        allowed.put(SUBMIT, EnumSet.of(DRAFT, RETURNED));
        allowed.put(RETURN, EnumSet.of(SUBMITTED));
        allowed.put(ACCEPT, EnumSet.of(SUBMITTED));
        for (ReturnAction action : ReturnAction.values()) {
            for (ReturnState state : ReturnState.values()) {
                assertThat(action.allowedFrom(state)).as(action + " from " + state).isEqualTo(allowed.get(action).contains(state));
            }
        }
    }

    @Test
    void eachStepHasItsTargetAndSaveKeepsTheState() {
        assertThat(CREATE.target(null)).isEqualTo(DRAFT);
        assertThat(SUBMIT.target(DRAFT)).isEqualTo(SUBMITTED);
        assertThat(SUBMIT.target(RETURNED)).isEqualTo(SUBMITTED);
        assertThat(RETURN.target(SUBMITTED)).isEqualTo(RETURNED);
        assertThat(ACCEPT.target(SUBMITTED)).isEqualTo(ACCEPTED);
        assertThat(SAVE.target(DRAFT)).isEqualTo(DRAFT);
        assertThat(SAVE.target(RETURNED)).isEqualTo(RETURNED);
    }

    @Test
    void cityBureausFileAndHrssDecidesAndAcceptedIsFinal() {
        assertThat(List.of(CREATE, SAVE, SUBMIT)).allSatisfy(a -> assertThat(a.permission()).isEqualTo("survey:return:file"));
        assertThat(List.of(RETURN, ACCEPT)).allSatisfy(a -> assertThat(a.permission()).isEqualTo("survey:manage"));
        assertThat(RETURN.needsReason()).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(RETURN))).noneMatch(ReturnAction::needsReason);

        assertThat(ReturnAction.transitionsFor(DRAFT, CITY)).containsExactly(SUBMIT);
        assertThat(ReturnAction.transitionsFor(RETURNED, CITY)).containsExactly(SUBMIT);
        assertThat(ReturnAction.transitionsFor(SUBMITTED, CITY)).isEmpty();
        assertThat(ReturnAction.transitionsFor(SUBMITTED, HRSS)).containsExactly(RETURN, ACCEPT);
        assertThat(ReturnAction.transitionsFor(DRAFT, HRSS)).isEmpty();
        for (ReturnState state : ReturnState.values()) {
            assertThat(ReturnAction.transitionsFor(state, REVIEWER)).as("reviewer on " + state).isEmpty();
            assertThat(ReturnAction.transitionsFor(ACCEPTED, state == ACCEPTED ? HRSS : CITY)).isEmpty();
        }
    }

    @Test
    void onlySubmittedAndAcceptedReturnsAreFiled() {
        assertThat(EnumSet.allOf(ReturnState.class)).filteredOn(ReturnState::isFiled).containsExactly(SUBMITTED, ACCEPTED);
    }
}
