package org.grassroots.plan.core.user;

import java.util.Optional;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches an identity confirmed by the ministry's OpenID Connect provider to an existing portal user: first by
 * the provider's subject, then by a verified e-mail address, which links the subject for next time. Never
 * creates a user.
 */
@Service
@Transactional
public class SingleSignOn {

    /** Why an identity was not let in. */
    public enum Refusal {
        UNKNOWN,
        DISABLED
    }

    /** The matched user, or why there is none. */
    public record Match(
            @Nullable SignedInUser user, @Nullable Refusal refusal) {}

    private final Users users;
    private final SecurityAudit audit;

    public SingleSignOn(Users users, SecurityAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    public Match match(String subject, @Nullable String verifiedEmail) {
        Optional<AppUser> found = users.findByOidcSubject(subject);
        if (found.isEmpty() && verifiedEmail != null) {
            found = users.findByEmailIgnoreCase(verifiedEmail).filter(user -> user.getOidcSubject() == null);
            found.ifPresent(user -> user.linkIdentity(subject));
        }
        if (found.isEmpty()) {
            audit.record(
                    SecurityEventType.SIGN_IN_REFUSED, verifiedEmail, null, "sso: no portal user for " + subject, null);
            return new Match(null, Refusal.UNKNOWN);
        }
        AppUser user = found.get();
        if (!user.isEnabled()) {
            audit.record(SecurityEventType.SIGN_IN_REFUSED, user.getUsername(), null, "sso: disabled", null);
            return new Match(null, Refusal.DISABLED);
        }
        return new Match(SignedInUser.of(user), null);
    }
}
