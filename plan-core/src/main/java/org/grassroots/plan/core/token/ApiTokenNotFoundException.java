package org.grassroots.plan.core.token;

import org.grassroots.plan.core.shared.NotFoundException;

/** No token has this id; the web answers 404. */
public class ApiTokenNotFoundException extends NotFoundException {

    public ApiTokenNotFoundException(Long id) {
        super("No API token " + id);
    }
}
