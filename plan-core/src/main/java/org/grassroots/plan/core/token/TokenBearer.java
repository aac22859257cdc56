package org.grassroots.plan.core.token;

import java.util.Set;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/** Who a valid token acts for: its user with their current role and mission, and the token's scopes. */
public record TokenBearer(
        Long tokenId,
        Long userId,
        String username,
        String displayName,
        Role role,
        @Nullable String missionCode,
        Set<ApiScope> scopes) {

    public TokenBearer {
        scopes = Set.copyOf(scopes);
    }
}
