package org.grassroots.plan.persistence.token;

import java.time.Instant;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/** One issued token as the administrators' list shows it (never the token or its hash). */
public record ApiTokenRow(
        long id,
        String name,
        String username,
        String displayName,
        Role role,
        String scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable Instant lastUsedAt,
        boolean userEnabled) {

    /** ACTIVE, EXPIRED, REVOKED or USER_DISABLED as of {@code now}. */
    public String statusAt(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (!now.isBefore(expiresAt)) {
            return "EXPIRED";
        }
        return userEnabled ? "ACTIVE" : "USER_DISABLED";
    }
}
