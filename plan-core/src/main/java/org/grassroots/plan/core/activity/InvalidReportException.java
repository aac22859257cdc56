package org.grassroots.plan.core.activity;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;

/** A report's content broke one or more rules; nothing was written. */
public class InvalidReportException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidReportException(List<FieldViolation> violations) {
        super("Invalid report: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
