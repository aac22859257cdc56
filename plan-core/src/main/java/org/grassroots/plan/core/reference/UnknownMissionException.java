package org.grassroots.plan.core.reference;

import org.grassroots.plan.core.shared.NotFoundException;

/**
 * A mission code names no mission (or a reporter was given none). A page asked for such a mission answers 404;
 * a form that names one shows a field error.
 */
public class UnknownMissionException extends NotFoundException {

    public UnknownMissionException(String missionCode) {
        super("No mission with code " + missionCode);
    }
}
