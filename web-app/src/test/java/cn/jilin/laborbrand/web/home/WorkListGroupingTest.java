package cn.jilin.laborbrand.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.worklist.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A province's hundreds of waiting records stay one screen: more than a few of a kind become one line with their number. */
class WorkListGroupingTest {

    private static WorkItem application(int n, LocalDate due) {
        return WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.assign", "/brand-applications/" + n, due, "品牌" + n)
                .inList("/brand-applications?state=RECOMMENDED");
    }

    @Test
    void aFewOfAKindAreShownOneByOne() {
        List<WorkItem> items = IntStream.rangeClosed(1, HomeController.SHOWN_ONE_BY_ONE).mapToObj(n -> application(n, null)).toList();
        assertThat(HomeController.grouped(items)).isEqualTo(items);
    }

    @Test
    void moreBecomeOneLineWithTheirNumberAndTheEarliestDueDateLinkingToTheList() {
        List<WorkItem> items = new ArrayList<>();
        WorkItem task = WorkItem.of(WorkItem.Kind.DUE, "worklist.task.report", "/tasks/1", null, "任务");
        items.add(task);
        IntStream.rangeClosed(1, 40).forEach(n -> items.add(application(n, LocalDate.of(2025, 7, 1).plusDays(n % 7))));
        List<WorkItem> shown = HomeController.grouped(items);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).isEqualTo(task);
        WorkItem many = shown.get(1);
        assertThat(many.titleKey()).isEqualTo("worklist.application.assign.many");
        assertThat(many.titleArgs()).containsExactly(40);
        assertThat(many.link()).isEqualTo("/brand-applications?state=RECOMMENDED");
        assertThat(many.due()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void countsPastTheLimitReadAsNineHundredNinetyNinePlus() {
        assertThat(WorkItem.shownCount(12)).isEqualTo(12L);
        assertThat(WorkItem.shownCount(WorkItem.COUNT_LIMIT - 1)).isEqualTo((long) WorkItem.COUNT_LIMIT - 1);
        assertThat(WorkItem.shownCount(WorkItem.COUNT_LIMIT)).isEqualTo("999+");
    }
}
