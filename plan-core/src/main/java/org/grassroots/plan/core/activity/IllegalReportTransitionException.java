package org.grassroots.plan.core.activity;

/** A report was asked to move to a status it cannot reach from where it stands, or by someone who may not. */
public class IllegalReportTransitionException extends RuntimeException {

    public IllegalReportTransitionException(String message) {
        super(message);
    }
}
