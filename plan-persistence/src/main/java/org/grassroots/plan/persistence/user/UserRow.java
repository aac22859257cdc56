package org.grassroots.plan.persistence.user;

import java.time.Instant;
import java.util.Locale;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/** A portal user as listed for administrators; {@code locked} is true while a sign-in lock is in force. */
public record UserRow(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable String missionCode,
        @Nullable String missionNameJa,
        @Nullable String missionNameEn,
        String preferredLanguage,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lockedUntil,
        boolean locked,
        boolean ssoLinked) {

    public @Nullable String missionLabel(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? missionNameJa : missionNameEn;
    }
}
