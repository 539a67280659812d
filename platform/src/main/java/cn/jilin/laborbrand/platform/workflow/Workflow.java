package cn.jilin.laborbrand.platform.workflow;

import cn.jilin.laborbrand.platform.account.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A workflow declared once, as a table: for each action, the states it leaves, the state it reaches, the permission it
 * takes, whether it needs a reason, and a guard on the record. {@link Workflows#take} is the one operation that moves
 * a record along it; pages ask {@link #available} which actions a user may take now.
 *
 * <p>Declared in the package of the entity it moves, so that the state setter can stay package-private:
 * <pre>{@code
 * static final Workflow<CultivationBase, BaseState, BaseAction> WORKFLOW = Workflow
 *         .of("cultivation_base", BaseAction.class, CultivationBase::getId, CultivationBase::getState, CultivationBase::moveTo)
 *         .transition(BaseAction.RECOMMEND).from(REGISTERED, DESIGNATED).to(RECOMMENDED).permission("base:city:decide")
 *         .when(b -> b.getLevel() != BaseLevel.PROVINCIAL)
 *         .build();
 * }</pre>
 *
 * @param <T> the record moved (an entity with a version)
 * @param <S> its states
 * @param <A> the actions, one enum constant each
 */
public final class Workflow<T, S extends Enum<S>, A extends Enum<A>> {

    /**
     * One row of the table. {@code to} and {@code permission} may depend on the record (a base's level, say);
     * {@code notBy} names the steps whose taker may not take this one on the same record (four eyes: whoever submitted
     * a report does not accept it), checked by {@link Workflows} against the record's history.
     */
    public record Transition<T, S extends Enum<S>, A extends Enum<A>>(A action, Set<S> from, Function<T, S> to,
                                                                       Function<T, String> permission, boolean reasonRequired,
                                                                       Predicate<T> guard, Set<A> notBy) {

        /** Whether the record may take this step now, whoever takes it: its state and the guard. */
        public boolean allows(T subject, S state) {
            return from.contains(state) && guard.test(subject);
        }
    }

    private final String subjectType;
    private final Function<T, Long> id;
    private final Function<T, S> state;
    private final BiConsumer<T, S> setState;
    private final Map<A, Transition<T, S, A>> transitions;

    private Workflow(String subjectType, Function<T, Long> id, Function<T, S> state, BiConsumer<T, S> setState,
                     Map<A, Transition<T, S, A>> transitions) {
        this.subjectType = subjectType;
        this.id = id;
        this.state = state;
        this.setState = setState;
        this.transitions = transitions;
    }

    /** Starts the table of a workflow over records of {@code subjectType} (the history's and audit log's name for them). */
    public static <T, S extends Enum<S>, A extends Enum<A>> Builder<T, S, A> of(String subjectType, Class<A> actions, Function<T, Long> id,
                                                                            Function<T, S> state, BiConsumer<T, S> setState) {
        return new Builder<>(subjectType, actions, id, state, setState);
    }

    public String subjectType() {
        return subjectType;
    }

    public S stateOf(T subject) {
        return state.apply(subject);
    }

    long idOf(T subject) {
        return id.apply(subject);
    }

    /** The row of an action; every action of the enum has one. */
    public Transition<T, S, A> transition(A action) {
        return transitions.get(action);
    }

    /** Whether the record may take {@code action} now, whoever takes it (state and guard). */
    public boolean allows(A action, T subject) {
        return transition(action).allows(subject, stateOf(subject));
    }

    /** The actions the user may take on the record now, in the order of the enum: the buttons of its page. */
    public List<A> available(T subject, CurrentUser user) {
        S current = stateOf(subject);
        return transitions.values().stream()
                .filter(t -> t.allows(subject, current) && user.holds(t.permission().apply(subject)))
                .map(Transition::action)
                .toList();
    }

    /** The action named by a URL segment ({@code designate-provincial} → DESIGNATE_PROVINCIAL), if there is one. */
    public Optional<A> action(String slug) {
        return transitions.keySet().stream().filter(a -> slug(a).equals(slug)).findFirst();
    }

    /** The URL segment of an action: its name in lower case with hyphens. */
    public static String slug(Enum<?> action) {
        return action.name().toLowerCase().replace('_', '-');
    }

    void moveTo(T subject, S target) {
        setState.accept(subject, target);
    }

    /** Declares the rows of a workflow; each action of the enum must get exactly one. */
    public static final class Builder<T, S extends Enum<S>, A extends Enum<A>> {

        private final String subjectType;
        private final Class<A> actions;
        private final Function<T, Long> id;
        private final Function<T, S> state;
        private final BiConsumer<T, S> setState;
        private final Map<A, Transition<T, S, A>> rows;
        private Row current;

        private Builder(String subjectType, Class<A> actions, Function<T, Long> id, Function<T, S> state, BiConsumer<T, S> setState) {
            this.subjectType = subjectType;
            this.actions = actions;
            this.id = id;
            this.state = state;
            this.setState = setState;
            this.rows = new EnumMap<>(actions);
        }

        /** Starts the row of {@code action}. */
        public Builder<T, S, A> transition(A action) {
            close();
            current = new Row(action);
            return this;
        }

        @SafeVarargs
        public final Builder<T, S, A> from(S... states) {
            current.from.addAll(Arrays.asList(states));
            return this;
        }

        public Builder<T, S, A> to(S target) {
            current.to = subject -> target;
            return this;
        }

        /** A target that depends on the record (a declined base returns to where it was). */
        public Builder<T, S, A> to(Function<T, S> target) {
            current.to = target;
            return this;
        }

        public Builder<T, S, A> permission(String permission) {
            current.permission = subject -> permission;
            return this;
        }

        /** A permission that depends on the record (whoever designated a base evaluates it). */
        public Builder<T, S, A> permission(Function<T, String> permission) {
            current.permission = permission;
            return this;
        }

        /** The step needs a reason (a comment that is not blank). */
        public Builder<T, S, A> reason() {
            current.reasonRequired = true;
            return this;
        }

        /**
         * Four eyes: the step may not be taken by whoever took the last of {@code earlier} on the record (the one who
         * submitted a report does not review it, even when they hold both permissions).
         */
        @SafeVarargs
        public final Builder<T, S, A> notBy(A... earlier) {
            current.notBy.addAll(Arrays.asList(earlier));
            return this;
        }

        /** The records the step applies to, beyond their state. */
        public Builder<T, S, A> when(Predicate<T> guard) {
            current.guard = current.guard.and(guard);
            return this;
        }

        public Workflow<T, S, A> build() {
            close();
            Set<A> missing = EnumSet.allOf(actions);
            missing.removeAll(rows.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException(subjectType + ": no transition declared for " + missing);
            }
            return new Workflow<>(subjectType, id, state, setState, Collections.unmodifiableMap(new EnumMap<>(rows)));
        }

        private void close() {
            if (current == null) {
                return;
            }
            if (current.from.isEmpty() || current.to == null || current.permission == null) {
                throw new IllegalStateException(subjectType + "." + current.action + ": from, to and permission are required");
            }
            if (rows.put(current.action, new Transition<>(current.action, Set.copyOf(current.from), current.to, current.permission,
                    current.reasonRequired, current.guard, Set.copyOf(current.notBy))) != null) {
                throw new IllegalStateException(subjectType + "." + current.action + " is declared twice");
            }
            current = null;
        }

        private final class Row {
            final A action;
            final List<S> from = new ArrayList<>();
            Function<T, S> to;
            Function<T, String> permission;
            boolean reasonRequired;
            Predicate<T> guard = subject -> true;
            final List<A> notBy = new ArrayList<>();

            Row(A action) {
                this.action = action;
            }
        }
    }
}
