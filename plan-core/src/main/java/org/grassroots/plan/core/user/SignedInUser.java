package org.grassroots.plan.core.user;

import org.jspecify.annotations.Nullable;

/** What the web layer keeps about a user who signed in by single sign-on. */
public record SignedInUser(
        Long id,
        String username,
        String displayName,
        Role role,
        @Nullable String missionCode) {

    static SignedInUser of(AppUser user) {
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                user.getMission() == null ? null : user.getMission().getCode());
    }
}
