package org.grassroots.plan.core.activity;

/** Someone changed the report (or reporting period) after the acting user loaded it; the web answers 409. */
public class StaleReportException extends RuntimeException {

    public StaleReportException(Long id) {
        super("Record " + id + " was changed by someone else");
    }
}
