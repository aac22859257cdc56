package org.grassroots.plan.web.operations;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach PostgreSQL (refused, timed out, shut down, restarting) from every other failure, by
 * the exception's cause chain: Spring's, Hibernate's and Hikari's wrappers and the SQL states of class 08
 * (connection exception) and 57P0x (the server is shutting down or starting).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
