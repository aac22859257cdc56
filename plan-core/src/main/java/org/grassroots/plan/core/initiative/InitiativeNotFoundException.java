package org.grassroots.plan.core.initiative;

import org.grassroots.plan.core.shared.NotFoundException;

/** No initiative has the requested id. */
public class InitiativeNotFoundException extends NotFoundException {

    public InitiativeNotFoundException(Long id) {
        super("No initiative with id " + id);
    }
}
