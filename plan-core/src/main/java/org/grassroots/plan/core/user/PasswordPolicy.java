package org.grassroots.plan.core.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (what bcrypt can hash), not the user
 * name, and not the password it replaces.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** The first rule a proposed password breaks. */
    public enum Violation {
        TOO_SHORT,
        TOO_LONG,
        SAME_AS_USERNAME,
        SAME_AS_CURRENT
    }

    private PasswordPolicy() {}

    public static Optional<Violation> check(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (password.trim().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Violation.SAME_AS_USERNAME);
        }
        return Optional.empty();
    }
}
