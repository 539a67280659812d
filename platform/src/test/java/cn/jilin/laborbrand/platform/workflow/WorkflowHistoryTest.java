package cn.jilin.laborbrand.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.account.SystemActor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class)
class WorkflowHistoryTest {

    enum State { DRAFT, SUBMITTED }

    @Autowired
    WorkflowHistory history;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stepsAreKeptInOrderWithTheirActorAndAudited() {
        long subject = System.nanoTime();
        SystemActor.run(() -> tx.executeWithoutResult(s -> {
            history.record("test_subject", subject, "create", null, State.DRAFT, null);
            history.record("test_subject", subject, "submit", State.DRAFT, State.SUBMITTED, " 请审核 ");
        }));
        List<WorkflowStep> steps = history.steps("test_subject", subject);
        assertThat(steps).extracting(WorkflowStep::getToState).containsExactly("DRAFT", "SUBMITTED");
        assertThat(steps.get(1).getFromState()).isEqualTo("DRAFT");
        assertThat(steps.get(1).getComment()).isEqualTo("请审核");
        assertThat(steps.get(1).getActorName()).isEqualTo("system");
        assertThat(steps.get(1).getOccurredAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'test_subject.submit' and object_id = ?",
                Integer.class, String.valueOf(subject))).isEqualTo(1);
    }

    @Test
    void aStepIsOnlyEverRecordedWithTheTransitionItDescribes() {
        assertThatThrownBy(() -> history.record("test_subject", 1, "submit", State.DRAFT, State.SUBMITTED, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
