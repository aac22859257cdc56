package org.grassroots.plan.core.region;

import org.grassroots.plan.core.shared.NotFoundException;

/** No U.S. state (or territory) has this code. */
public class StateNotFoundException extends NotFoundException {

    public StateNotFoundException(String code) {
        super("State " + code);
    }
}
