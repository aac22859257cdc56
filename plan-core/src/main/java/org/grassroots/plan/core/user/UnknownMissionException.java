package org.grassroots.plan.core.user;

/** A reporter was assigned to a mission code that does not exist, or to no mission at all. */
public class UnknownMissionException extends RuntimeException {

    public UnknownMissionException(String missionCode) {
        super("No mission with code " + missionCode);
    }
}
