package org.grassroots.plan.web.activity;

import org.grassroots.plan.core.shared.NotFoundException;

/** A mission code in a request names no mission; answered with 404. */
class UnknownMissionException extends NotFoundException {

    UnknownMissionException(String code) {
        super("No mission " + code);
    }
}
