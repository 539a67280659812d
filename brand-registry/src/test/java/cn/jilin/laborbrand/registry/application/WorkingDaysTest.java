package cn.jilin.laborbrand.registry.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void aNoticeStartedOnAFridayEndsTheNextThursday() {
        assertThat(WorkingDays.endOf(LocalDate.of(2025, 6, 6), 5)).isEqualTo(LocalDate.of(2025, 6, 12));
    }

    @Test
    void aNoticeStartedAtTheWeekendCountsFromMonday() {
        assertThat(WorkingDays.endOf(LocalDate.of(2025, 6, 7), 5)).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(WorkingDays.endOf(LocalDate.of(2025, 6, 8), 1)).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void aMondayStartEndsOnFriday() {
        assertThat(WorkingDays.endOf(LocalDate.of(2025, 6, 2), 5)).isEqualTo(LocalDate.of(2025, 6, 6));
        assertThat(WorkingDays.endOf(LocalDate.of(2025, 6, 2), 10)).isEqualTo(LocalDate.of(2025, 6, 13));
    }
}
