package cn.jilin.laborbrand.platform.workflow;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one operation that moves a record along its workflow: it checks the record's state and the transition's guard,
 * the user's permission, the version the user saw and the reason where one is required; then it changes the state and
 * writes the history step (who, when, from, to, comment) in the caller's transaction. What else a transition does (a
 * brand's level rising on designation, a notice's dates) the owning service does after it.
 */
@Service
public class Workflows {

    private final CurrentUser user;
    private final WorkflowHistory history;

    Workflows(CurrentUser user, WorkflowHistory history) {
        this.user = user;
        this.history = history;
    }

    /**
     * Takes {@code action} on {@code subject}, or refuses: a stale version → optimistic-lock failure (409); a state or
     * guard that does not allow it → {@code workflow.notAllowed}; no permission → 403; the user took a step the
     * transition is kept apart from ({@code notBy}, four eyes) → {@code workflow.fourEyes}; a missing reason →
     * {@code workflow.reason.required} on the {@code comment} field. Answers the state reached.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends AuditedEntity, S extends Enum<S>, A extends Enum<A>> S take(Workflow<T, S, A> workflow, A action, T subject,
                                                                             long shownVersion, String comment) {
        subject.requireVersion(shownVersion);
        Workflow.Transition<T, S, A> transition = workflow.transition(action);
        S from = workflow.stateOf(subject);
        if (!transition.allows(subject, from)) {
            throw new RuleViolation("workflow.notAllowed");
        }
        if (!user.holds(transition.permission().apply(subject))) {
            throw new AccessDeniedException(workflow.subjectType() + "." + Workflow.slug(action) + " needs " + transition.permission().apply(subject));
        }
        if (tookEarlier(workflow, transition, subject)) {
            throw new RuleViolation("workflow.fourEyes");
        }
        if (transition.reasonRequired() && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "workflow.reason.required");
        }
        S to = transition.to().apply(subject);
        workflow.moveTo(subject, to);
        history.record(workflow.subjectType(), workflow.idOf(subject), Workflow.slug(action), from, to, comment);
        return to;
    }

    /** Whether the current user may take {@code action} on the record now. */
    public <T, S extends Enum<S>, A extends Enum<A>> boolean may(Workflow<T, S, A> workflow, A action, T subject) {
        return workflow.allows(action, subject) && user.holds(workflow.transition(action).permission().apply(subject));
    }

    /** The actions the current user may take on the record now (none that four eyes keep from them). */
    public <T, S extends Enum<S>, A extends Enum<A>> java.util.List<A> available(Workflow<T, S, A> workflow, T subject) {
        return workflow.available(subject, user).stream()
                .filter(action -> !tookEarlier(workflow, workflow.transition(action), subject))
                .toList();
    }

    /**
     * Whether the current user took the last of the steps the transition's {@code notBy} names on this record: four
     * eyes, read from the record's history. The platform itself (no account) is never kept from a step.
     */
    private <T, S extends Enum<S>, A extends Enum<A>> boolean tookEarlier(Workflow<T, S, A> workflow, Workflow.Transition<T, S, A> transition,
                                                                          T subject) {
        Long account = user.accountId();
        if (transition.notBy().isEmpty() || account == null) {
            return false;
        }
        Set<String> earlier = transition.notBy().stream().map(Workflow::slug).collect(Collectors.toSet());
        List<WorkflowStep> steps = history.steps(workflow.subjectType(), workflow.idOf(subject));
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (earlier.contains(steps.get(i).getAction())) {
                return account.equals(steps.get(i).getActorId());
            }
        }
        return false;
    }
}
