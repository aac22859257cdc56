package org.grassroots.plan.core.activity;

import java.util.List;

/** A report's content broke one or more rules; nothing was written. */
public class InvalidReportException extends RuntimeException {

    private final List<ReportViolation> violations;

    public InvalidReportException(List<ReportViolation> violations) {
        super("Invalid report: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ReportViolation> getViolations() {
        return violations;
    }
}
