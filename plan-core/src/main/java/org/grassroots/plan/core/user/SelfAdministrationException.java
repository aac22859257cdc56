package org.grassroots.plan.core.user;

/** An administrator tried to disable their own account or change their own role, which could lock everyone out. */
public class SelfAdministrationException extends RuntimeException {

    public SelfAdministrationException() {
        super("Administrators cannot disable themselves or change their own role");
    }
}
