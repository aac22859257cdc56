package org.grassroots.plan.core.user;

/** The current password given to confirm a password change is not the user's password. */
public class WrongPasswordException extends RuntimeException {

    private final boolean locked;

    public WrongPasswordException(boolean locked) {
        super("The current password is not correct");
        this.locked = locked;
    }

    /** Whether this wrong attempt locked the account (it counts like a failed sign-in). */
    public boolean locked() {
        return locked;
    }
}
