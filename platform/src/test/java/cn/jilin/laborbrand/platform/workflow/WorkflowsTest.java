package cn.jilin.laborbrand.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The one workflow mechanism: a table declared once, and one operation that checks and moves a record along it. */
@SpringBootTest(classes = PlatformTestApplication.class)
class WorkflowsTest {

    enum State { DRAFT, SUBMITTED, ACCEPTED, RETURNED }

    enum Action { SUBMIT, RETURN, ACCEPT }

    /** A record of the test's own: any entity with a version will do. */
    static final class Report extends AuditedEntity {
        final long id = System.nanoTime();
        State state = State.DRAFT;
        boolean complete = true;

        Long id() {
            return id;
        }
    }

    static final Workflow<Report, State, Action> WORKFLOW = Workflow
            .of("test_report", Action.class, Report::id, (Report r) -> r.state, (r, s) -> r.state = s)
            .transition(Action.SUBMIT).from(State.DRAFT, State.RETURNED).to(State.SUBMITTED).permission("test:report").when(r -> r.complete)
            .transition(Action.RETURN).from(State.SUBMITTED).to(State.RETURNED).permission("test:review").reason()
            .transition(Action.ACCEPT).from(State.SUBMITTED).to(State.ACCEPTED).permission("test:review")
            .build();

    @Autowired
    Workflows workflows;
    @Autowired
    WorkflowHistory history;
    @Autowired
    TransactionTemplate tx;

    private State take(Action action, Report report, long version, String comment, String... permissions) {
        return SystemActor.call(() -> tx.execute(s -> workflows.take(WORKFLOW, action, report, version, comment)), permissions);
    }

    @Test
    void aStepThatIsAllowedMovesTheRecordAndWritesItsHistory() {
        Report report = new Report();
        assertThat(take(Action.SUBMIT, report, 0, "请审核", "test:report")).isEqualTo(State.SUBMITTED);
        assertThat(take(Action.RETURN, report, 0, "数据不全", "test:review")).isEqualTo(State.RETURNED);
        assertThat(history.steps("test_report", report.id)).extracting(WorkflowStep::getAction, WorkflowStep::getFromState,
                WorkflowStep::getToState, WorkflowStep::getComment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("submit", "DRAFT", "SUBMITTED", "请审核"),
                org.assertj.core.groups.Tuple.tuple("return", "SUBMITTED", "RETURNED", "数据不全"));
    }

    @Test
    void eachCheckRefusesWithItsOwnAnswerAndChangesNothing() {
        Report report = new Report();
        assertThatThrownBy(() -> take(Action.ACCEPT, report, 0, null, "test:review"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        assertThatThrownBy(() -> take(Action.SUBMIT, report, 0, null, "test:review")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> take(Action.SUBMIT, report, 7, null, "test:report")).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        report.complete = false;
        assertThatThrownBy(() -> take(Action.SUBMIT, report, 0, null, "test:report"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        report.complete = true;
        take(Action.SUBMIT, report, 0, null, "test:report");
        assertThatThrownBy(() -> take(Action.RETURN, report, 0, "  ", "test:review"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKeys()).containsExactly("workflow.reason.required");
                });
        assertThat(report.state).isEqualTo(State.SUBMITTED);
        assertThat(history.steps("test_report", report.id)).hasSize(1);
    }

    @Test
    void pagesListTheActionsTheUserMayTakeNow() {
        Report report = new Report();
        report.state = State.SUBMITTED;
        assertThat(SystemActor.call(() -> workflows.available(WORKFLOW, report), "test:review")).containsExactly(Action.RETURN, Action.ACCEPT);
        assertThat(SystemActor.call(() -> workflows.available(WORKFLOW, report), "test:report")).isEmpty();
        assertThat(WORKFLOW.action("accept")).contains(Action.ACCEPT);
        assertThat(WORKFLOW.action("nonsense")).isEmpty();
        assertThat(Workflow.slug(Action.SUBMIT)).isEqualTo("submit");
    }

    @Test
    void aTableWithoutARowForEveryActionIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> Workflow.of("incomplete", Action.class, Report::id, (Report r) -> r.state, (r, s) -> r.state = s)
                .transition(Action.SUBMIT).from(State.DRAFT).to(State.SUBMITTED).permission("p")
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("RETURN");
        assertThatThrownBy(() -> Workflow.of("twice", Action.class, Report::id, (Report r) -> r.state, (r, s) -> r.state = s)
                .transition(Action.SUBMIT).from(State.DRAFT).to(State.SUBMITTED).permission("p")
                .transition(Action.SUBMIT).from(State.DRAFT).to(State.SUBMITTED).permission("p")
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
        assertThat(List.of(Action.values())).allSatisfy(a -> assertThat(WORKFLOW.transition(a)).isNotNull());
    }
}
