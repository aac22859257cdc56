package org.grassroots.plan.core.activity;

/** The acting user may not do this to this report, or not for this mission or state; the web answers 403. */
public class ReportAccessDeniedException extends RuntimeException {

    public ReportAccessDeniedException(String message) {
        super(message);
    }
}
