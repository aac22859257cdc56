package org.grassroots.plan.core.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the security audit log. Joins the caller's transaction, so an action and its audit entry are written
 * together or not at all.
 */
@Service
@Transactional
public class SecurityAudit {

    private final SecurityAuditEvents events;
    private final Clock clock;

    public SecurityAudit(SecurityAuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an event about {@code username}, done by {@code actor} (the same person for their own sign-in or
     * password change, an administrator for user administration).
     */
    public void record(
            SecurityEventType type,
            @Nullable String username,
            @Nullable String actor,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        events.save(new SecurityAuditEvent(clock.instant(), type, username, actor, detail, remoteAddress));
    }
}
