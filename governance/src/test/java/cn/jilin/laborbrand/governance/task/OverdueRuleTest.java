package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The overdue rule on its own: 15 days after a quarter's end, from the first reporting quarter to the deadline. */
class OverdueRuleTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);

    @Test
    void aQuartersReportIsLateOnlyFifteenDaysAfterTheQuartersEnd() {
        assertThat(OverdueRule.firstLate(LocalDate.of(2025, 4, 15), FROM, 15, DEADLINE, null, Set.of())).isEmpty();
        assertThat(OverdueRule.firstLate(LocalDate.of(2025, 4, 16), FROM, 15, DEADLINE, null, Set.of())).contains(new Quarter(2025, 1));
    }

    @Test
    void theEarliestUnfiledQuarterIsTheOneThatCounts() {
        Set<Quarter> filed = Set.of(new Quarter(2025, 1), new Quarter(2025, 3));
        assertThat(OverdueRule.firstLate(LocalDate.of(2025, 11, 1), FROM, 15, DEADLINE, null, filed)).contains(new Quarter(2025, 2));
    }

    @Test
    void nothingIsDueAfterTheDeadlineNorAfterTheQuarterReportedDone() {
        Set<Quarter> filed = Set.of(new Quarter(2025, 1), new Quarter(2025, 2));
        assertThat(OverdueRule.firstLate(LocalDate.of(2026, 6, 1), FROM, 15, LocalDate.of(2025, 6, 30), null, filed)).isEmpty();
        assertThat(OverdueRule.firstLate(LocalDate.of(2026, 6, 1), FROM, 15, DEADLINE, new Quarter(2025, 2), filed)).isEmpty();
        assertThat(OverdueRule.firstLate(LocalDate.of(2026, 6, 1), FROM, 15, DEADLINE, null, filed)).contains(new Quarter(2025, 3));
    }

    @Test
    void aDepartmentReportsOnQuartersThatHaveBegunWithinTheDeadline() {
        assertThat(OverdueRule.reportable(LocalDate.of(2025, 5, 2), FROM, DEADLINE)).containsExactly(new Quarter(2025, 1), new Quarter(2025, 2));
        assertThat(OverdueRule.reportable(LocalDate.of(2027, 5, 2), FROM, DEADLINE)).hasSize(4);
        assertThat(new Quarter(2025, 4).dueDate(15)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(Quarter.parse("2025-3")).isEqualTo(new Quarter(2025, 3));
    }
}
