package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.AccountAccessChanged;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account whose access changed (disabled, locked, password set, roles or organisation
 * changed). Sessions live in PostgreSQL, indexed by the principal's name, so deleting them here ends them on every
 * node at once: the next request of such a session finds none and is sent to sign in. It runs before the change
 * commits, so that no moment exists in which the change holds and an old session still works.
 */
@Component
class SessionTermination {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    /** The repository exists wherever sessions do (not in a portal started without its web server, for a task). */
    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void end(AccountAccessChanged change) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        String keep = change.keepCurrentSession() ? currentSessionId() : null;
        repository.findByPrincipalName(change.username()).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
