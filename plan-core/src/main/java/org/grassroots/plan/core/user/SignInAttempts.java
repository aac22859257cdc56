package org.grassroots.plan.core.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILED_ATTEMPTS}
 * failures in a row. The count and the lock live on the user's row, so every node of the portal sees them.
 */
@Service
@Transactional
public class SignInAttempts {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final Users users;
    private final SecurityAudit audit;
    private final Clock clock;

    public SignInAttempts(Users users, SecurityAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may not sign in now because of too many failed attempts. */
    @Transactional(readOnly = true)
    public boolean isLocked(AppUser user) {
        return user.isLockedAt(clock.instant());
    }

    /**
     * A sign-in with a wrong password or an unknown user name. Failures while the account is locked are logged
     * but not counted, so that nobody can keep a colleague locked out forever.
     */
    public void failed(String username, @Nullable String remoteAddress) {
        Instant now = clock.instant();
        audit.record(SecurityEventType.SIGN_IN_FAILED, username, null, null, remoteAddress);
        users.lockByUsername(normalize(username)).ifPresent(user -> {
            if (!user.isLockedAt(now) && user.recordFailedSignIn(now, MAX_FAILED_ATTEMPTS, LOCK_DURATION)) {
                audit.record(
                        SecurityEventType.ACCOUNT_LOCKED,
                        user.getUsername(),
                        null,
                        "locked until " + user.getLockedUntil(),
                        remoteAddress);
            }
        });
    }

    /**
     * A wrong current password when changing one's password. It counts like a failed sign-in, so that someone
     * holding a signed-in session cannot guess the password without limit. Returns whether the account is now locked.
     */
    public boolean wrongCurrentPassword(AppUser user) {
        Instant now = clock.instant();
        audit.record(SecurityEventType.PASSWORD_CHANGE_FAILED, user.getUsername(), user.getUsername(), null, null);
        if (user.isLockedAt(now)) {
            return true;
        }
        boolean locked = user.recordFailedSignIn(now, MAX_FAILED_ATTEMPTS, LOCK_DURATION);
        if (locked) {
            audit.record(
                    SecurityEventType.ACCOUNT_LOCKED,
                    user.getUsername(),
                    null,
                    "locked until " + user.getLockedUntil(),
                    null);
        }
        return locked;
    }

    /** A correct password for an account that is locked or disabled: refused, logged with the reason. */
    public void refused(String username, String reason, @Nullable String remoteAddress) {
        audit.record(SecurityEventType.SIGN_IN_REFUSED, username, null, reason, remoteAddress);
    }

    /** A successful sign-in, by form ({@code method} "form") or single sign-on ("oidc"); resets the count. */
    public void succeeded(String username, String method, @Nullable String remoteAddress) {
        users.lockByUsername(normalize(username)).ifPresent(user -> {
            if (user.getFailedAttempts() > 0 || user.getLockedUntil() != null) {
                user.recordSuccessfulSignIn();
            }
        });
        audit.record(SecurityEventType.SIGN_IN, username, username, method, remoteAddress);
    }

    public void signedOut(String username, @Nullable String remoteAddress) {
        audit.record(SecurityEventType.SIGN_OUT, username, username, null, remoteAddress);
    }

    static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
