package org.grassroots.plan.core.region;

import java.util.List;

/** The characteristics were not saved: each violation names the field (e.g. {@code rows[2].source}) and a message key. */
public class InvalidCharacteristicsException extends RuntimeException {

    /** A field and the message key that explains what is wrong with it. */
    public record Violation(String field, String messageKey) {}

    private final List<Violation> violations;

    public InvalidCharacteristicsException(List<Violation> violations) {
        super("Invalid state characteristics: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }
}
