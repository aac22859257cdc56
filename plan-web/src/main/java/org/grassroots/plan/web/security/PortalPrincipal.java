package org.grassroots.plan.web.security;

import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.SignedInUser;
import org.jspecify.annotations.Nullable;

/** The signed-in portal user, however they signed in (form login or single sign-on). */
public interface PortalPrincipal {

    /** Who signed in, as the portal knows them. */
    SignedInUser user();

    default Long userId() {
        return user().id();
    }

    default String username() {
        return user().username();
    }

    default String displayName() {
        return user().displayName();
    }

    default Role role() {
        return user().role();
    }

    /** The code of the mission a reporter reports for; null for every other role. */
    default @Nullable String missionCode() {
        return user().missionCode();
    }
}
