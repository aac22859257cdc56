package org.grassroots.plan.core.user;

/** The current password given to confirm a password change is not the user's password. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password is not correct");
    }
}
