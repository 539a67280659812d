package cn.jilin.laborbrand.platform.scope;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The records a read-only transaction has already found within a scope, so that a page which reads the same record
 * through several services in one read-only transaction queries it once: a repeated {@code findById(id, scope)} takes
 * the record from the transaction's persistence context instead of sending the scoped query again. Bound to the
 * transaction and dropped when it ends; never kept in a read-write transaction (there a record may change the
 * attributes its scope is decided on).
 */
final class ScopeVerdicts {

    record Found(Class<?> type, Object id, DataScope scope) {
    }

    private static final Object RESOURCE = new Object();

    private ScopeVerdicts() {
    }

    /** The verdicts of the current read-only transaction; null outside one. */
    static Set<Found> current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Set<Found> found = (Set<Found>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (found == null) {
            Set<Found> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(RESOURCE);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            found = fresh;
        }
        return found;
    }
}
