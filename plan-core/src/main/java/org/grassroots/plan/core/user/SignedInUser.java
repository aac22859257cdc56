package org.grassroots.plan.core.user;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** What the web layer keeps in the session about a signed-in user, however they signed in. */
public record SignedInUser(
        Long id,
        String username,
        String displayName,
        Role role,
        @Nullable String missionCode) implements Serializable {

    public static SignedInUser of(AppUser user) {
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                user.getMission() == null ? null : user.getMission().getCode());
    }
}
