package org.grassroots.plan.core.initiative;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who the audited changes of the current transaction are made by. Set by the use-case services (which know the
 * acting user from their commands) and read by {@link EditRevisionListener} when Envers writes the revision at
 * commit; cleared when the transaction completes. Keeps the audit trail free of any web or security API.
 */
public final class RevisionAuthor {

    static final String UNKNOWN = "system";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RevisionAuthor() {}

    /** Records the acting user for the rest of the current transaction. */
    public static void actAs(String username) {
        CURRENT.set(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    CURRENT.remove();
                }
            });
        }
    }

    static String current() {
        String username = CURRENT.get();
        return username == null ? UNKNOWN : username;
    }
}
