package org.grassroots.plan.web.api;

import org.grassroots.plan.core.shared.NotFoundException;

/** A code in an API path names nothing; answered 404. */
class UnknownCodeException extends NotFoundException {

    UnknownCodeException(String code) {
        super("Unknown code " + code);
    }
}
