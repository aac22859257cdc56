package org.grassroots.plan.core.user;

import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users change their own password; administrators reset one to a one-time password. */
@Service
@Transactional
public class PasswordManagement {

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAudit audit;
    private final SignInAttempts attempts;

    public PasswordManagement(
            Users users, PasswordEncoder passwordEncoder, SecurityAudit audit, SignInAttempts attempts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.attempts = attempts;
    }

    /**
     * Replaces the user's password after checking the current one and the {@link PasswordPolicy}; clears the
     * "must change password" mark of a one-time password.
     *
     * @throws WrongPasswordException if the current password is not correct; the attempt is counted and audited
     * @throws PasswordPolicyException if the new password breaks the policy or equals the current one
     */
    @Transactional(noRollbackFor = WrongPasswordException.class)
    public void changeOwn(ChangePassword command) {
        AppUser user = users.findById(command.userId()).orElseThrow(() -> new UserNotFoundException(command.userId()));
        String hash = user.getPasswordHash();
        if (hash == null || !passwordEncoder.matches(command.currentPassword(), hash)) {
            throw new WrongPasswordException(attempts.wrongCurrentPassword(user));
        }
        PasswordPolicy.check(user.getUsername(), command.newPassword()).ifPresent(violation -> {
            throw new PasswordPolicyException(violation);
        });
        if (command.newPassword().equals(command.currentPassword())) {
            throw new PasswordPolicyException(PasswordPolicy.Violation.SAME_AS_CURRENT);
        }
        user.changePassword(passwordEncoder.encode(command.newPassword()));
        audit.record(SecurityEventType.PASSWORD_CHANGED, user.getUsername(), user.getUsername(), null, null);
    }

    /**
     * Gives the user a new random one-time password, which they must replace at their next sign-in, and unlocks
     * the account. Returns the password in clear for the administrator to hand over; it is stored only hashed.
     */
    public String reset(Long userId, String actor) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        String oneTimePassword = OneTimePasswords.generate();
        user.resetPassword(passwordEncoder.encode(oneTimePassword));
        audit.record(SecurityEventType.PASSWORD_RESET, user.getUsername(), actor, null, null);
        return oneTimePassword;
    }
}
