package org.grassroots.plan.web.security;

import org.grassroots.plan.core.user.SingleSignOn;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the identity provider has confirmed who someone is, finds the portal user they are (by subject or
 * verified e-mail). An identity without a portal user, or of a disabled user, is refused; nobody is created.
 */
public class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_USER = "portal_user_unknown";
    static final String DISABLED_USER = "portal_user_disabled";

    private final OidcUserService identities = new OidcUserService();
    private final SingleSignOn singleSignOn;

    public PortalOidcUserService(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = identities.loadUser(request);
        String verifiedEmail = Boolean.TRUE.equals(identity.getEmailVerified()) ? identity.getEmail() : null;
        SingleSignOn.Match match = singleSignOn.match(identity.getSubject(), verifiedEmail);
        if (match.user() == null) {
            String code = match.refusal() == SingleSignOn.Refusal.DISABLED ? DISABLED_USER : UNKNOWN_USER;
            throw new OAuth2AuthenticationException(new OAuth2Error(code), code);
        }
        return new PortalOidcUser(identity, match.user());
    }
}
