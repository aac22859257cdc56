package org.grassroots.plan.web.api;

import java.util.Collection;
import java.util.stream.Stream;
import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.token.TokenBearer;
import org.grassroots.plan.core.user.SignedInUser;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API client acting as the user its token was issued for, with that user's role and mission. */
public record ApiPrincipal(TokenBearer bearer) implements PortalPrincipal {

    /** The user's role ({@code ROLE_…}) and the token's scopes ({@code SCOPE_read}, {@code SCOPE_write}). */
    Collection<GrantedAuthority> authorities() {
        return Stream.concat(
                        Stream.of("ROLE_" + bearer.role().name()),
                        bearer.scopes().stream().map(ApiPrincipal::authority))
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(name))
                .toList();
    }

    static String authority(ApiScope scope) {
        return "SCOPE_" + scope.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public SignedInUser user() {
        return new SignedInUser(
                bearer.userId(), bearer.username(), bearer.displayName(), bearer.role(), bearer.missionCode());
    }
}
