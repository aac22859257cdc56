package org.grassroots.plan.persistence.user;

import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * What decides whether a signed-in user may go on: enabled, no one-time password to replace, and still the role
 * and mission they signed in with.
 */
public record AccountStatus(
        boolean enabled,
        boolean mustChangePassword,
        Role role,
        @Nullable String missionCode) {}
