package org.grassroots.plan.web.security;

import java.util.List;
import org.grassroots.plan.core.user.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A portal user signed in through the ministry's identity provider; their role comes from the portal. */
public final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private static final long serialVersionUID = 1L;

    private final SignedInUser user;

    PortalOidcUser(OidcUser identity, SignedInUser user) {
        super(
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())),
                identity.getIdToken(),
                identity.getUserInfo());
        this.user = user;
    }

    /** The portal user name, so that logs and the audit trail name the same person as a form sign-in would. */
    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public SignedInUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser that
                && super.equals(that)
                && user.id().equals(that.user.id());
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + user.id().hashCode();
    }
}
