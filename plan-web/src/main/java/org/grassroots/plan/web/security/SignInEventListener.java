package org.grassroots.plan.web.security;

import org.grassroots.plan.core.user.SignInAttempts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into the lockout count and the audit log: each failure counts, a
 * success resets the count, a locked or disabled account's attempt is logged as refused.
 */
@Component
class SignInEventListener {

    private final SignInAttempts attempts;

    SignInEventListener(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof PortalPrincipal principal) {
            String method = principal instanceof OidcUser ? "oidc" : "form";
            attempts.succeeded(principal.username(), method, remoteAddress(authentication));
        }
    }

    @EventListener
    void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        refused(event, "locked");
    }

    @EventListener
    void disabled(AuthenticationFailureDisabledEvent event) {
        refused(event, "disabled");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal principal) {
            attempts.signedOut(principal.username(), remoteAddress(event.getAuthentication()));
        }
    }

    private void refused(AbstractAuthenticationFailureEvent event, String reason) {
        attempts.refused(event.getAuthentication().getName(), reason, remoteAddress(event.getAuthentication()));
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
