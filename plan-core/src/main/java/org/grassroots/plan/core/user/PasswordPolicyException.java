package org.grassroots.plan.core.user;

/** A proposed password breaks the {@link PasswordPolicy}. */
public class PasswordPolicyException extends RuntimeException {

    private final PasswordPolicy.Violation violation;

    public PasswordPolicyException(PasswordPolicy.Violation violation) {
        super("The new password breaks the password policy: " + violation);
        this.violation = violation;
    }

    public PasswordPolicy.Violation violation() {
        return violation;
    }
}
