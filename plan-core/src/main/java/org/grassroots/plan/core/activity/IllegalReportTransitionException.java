package org.grassroots.plan.core.activity;

/**
 * A report was asked to move to a status it cannot reach from where it stands, or by someone who may not. The
 * reason is a stable key the web layer turns into a message in the user's language.
 */
public class IllegalReportTransitionException extends RuntimeException {

    /** Why the transition was refused. */
    public enum Reason {
        NOT_EDITABLE,
        NOT_SUBMITTABLE,
        NOT_AWAITING_REVIEW,
        OWN_WORK,
        NOT_ACCEPTED,
        NOT_DELETABLE
    }

    private final Reason reason;

    public IllegalReportTransitionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
