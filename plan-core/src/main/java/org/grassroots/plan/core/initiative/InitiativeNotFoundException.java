package org.grassroots.plan.core.initiative;

/** No initiative has the requested id. */
public class InitiativeNotFoundException extends RuntimeException {

    public InitiativeNotFoundException(Long id) {
        super("No initiative with id " + id);
    }
}
