package org.grassroots.plan.core.region;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;

/** A state figure was not saved: each violation names the form field and the message key that explains it. */
public class InvalidStateFigureException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidStateFigureException(List<FieldViolation> violations) {
        super("Invalid state figure: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
