package org.grassroots.plan.web.security;

import java.util.Collection;
import java.util.List;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A portal user as Spring Security sees them after a form sign-in. Kept in the session, so serializable. */
public final class PortalUserDetails implements UserDetails, CredentialsContainer, PortalPrincipal {

    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    PortalUserDetails(AppUser account, boolean locked) {
        this.user = SignedInUser.of(account);
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** False while too many failed sign-ins keep the account locked. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public SignedInUser user() {
        return user;
    }
}
