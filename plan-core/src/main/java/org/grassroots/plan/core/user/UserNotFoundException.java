package org.grassroots.plan.core.user;

import org.grassroots.plan.core.shared.NotFoundException;

/** No user has the requested id. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(Long id) {
        super("No user with id " + id);
    }
}
