package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report workflow's table on its own: which step leaves which state, for whom. */
class ReportActionTest {

    @Test
    void theTableAllowsExactlyTheseSteps() {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (ReportAction action : ReportAction.values()) {
            StringBuilder row = new StringBuilder();
            for (ReportState state : ReportState.values()) {
                row.append(action.allowedFrom(state) ? action.to().name().charAt(0) : '.');
            }
            allowed.put(action.name(), row.toString());
        }
        //                               DRAFT SUBMITTED RETURNED ACCEPTED
        assertThat(allowed).containsExactly(Map.entry("SUBMIT", "S.S."), Map.entry("RETURN", ".R.."), Map.entry("ACCEPT", ".A.."));
    }

    @Test
    void departmentsSubmitAndHrssDecides() {
        assertThat(ReportAction.available(ReportState.SUBMITTED, Set.of("task:report"))).isEmpty();
        assertThat(ReportAction.available(ReportState.SUBMITTED, Set.of("task:review"))).containsExactly(ReportAction.RETURN, ReportAction.ACCEPT);
        assertThat(ReportAction.available(ReportState.RETURNED, Set.of("task:report", "task:review"))).containsExactly(ReportAction.SUBMIT);
        assertThat(ReportAction.available(ReportState.ACCEPTED, Set.of("task:report", "task:review"))).isEmpty();
        assertThat(ReportAction.RETURN.needsReason()).isTrue();
        assertThat(ReportAction.ofSlug("accept")).isEqualTo(ReportAction.ACCEPT);
        assertThat(ReportAction.ofSlug("delete")).isNull();
    }
}
