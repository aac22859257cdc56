package org.grassroots.plan.web.security;

import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/** The signed-in portal user, however they signed in (form login or single sign-on). */
public interface PortalPrincipal {

    Long userId();

    String username();

    String displayName();

    Role role();

    /** The code of the mission a reporter reports for; null for every other role. */
    @Nullable
    String missionCode();
}
