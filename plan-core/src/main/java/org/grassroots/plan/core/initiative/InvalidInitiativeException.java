package org.grassroots.plan.core.initiative;

import java.util.List;

/** The details name reference data that does not exist or may not be used; nothing was saved. */
public class InvalidInitiativeException extends RuntimeException {

    /** A rejected field of {@link InitiativeDetails}, with a message code and the rejected codes. */
    public record Violation(String field, String messageCode, List<String> rejected) {}

    private final List<Violation> violations;

    public InvalidInitiativeException(List<Violation> violations) {
        super("Invalid initiative: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }
}
