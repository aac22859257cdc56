package org.grassroots.plan.core.user;

import org.jspecify.annotations.Nullable;

/** An administrator creates a user; the mission is required for, and kept only for, a mission reporter. */
public record CreateUser(
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable String missionCode,
        String preferredLanguage) {}
