package org.grassroots.plan.core.initiative;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;

/** The details name reference data that does not exist or may not be used; nothing was saved. */
public class InvalidInitiativeException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInitiativeException(List<FieldViolation> violations) {
        super("Invalid initiative: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
