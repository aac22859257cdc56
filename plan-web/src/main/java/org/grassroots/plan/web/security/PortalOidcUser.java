package org.grassroots.plan.web.security;

import java.util.List;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A portal user signed in through the ministry's identity provider; their role comes from the portal. */
public final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable String missionCode;

    PortalOidcUser(OidcUser identity, SignedInUser user) {
        super(
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())),
                identity.getIdToken(),
                identity.getUserInfo());
        this.userId = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.role = user.role();
        this.missionCode = user.missionCode();
    }

    /** The portal user name, so that logs and the audit trail name the same person as a form sign-in would. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public Long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public @Nullable String missionCode() {
        return missionCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser that && super.equals(that) && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + userId.hashCode();
    }
}
