package org.grassroots.plan.web.security;

import java.util.Collection;
import java.util.List;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A portal user as Spring Security sees them after a form sign-in. Kept in the session, so serializable. */
public final class PortalUserDetails implements UserDetails, CredentialsContainer, PortalPrincipal {

    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable String missionCode;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    PortalUserDetails(AppUser user, boolean locked) {
        this.userId = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        DiplomaticMission mission = user.getMission();
        this.missionCode = mission == null ? null : mission.getCode();
        this.enabled = user.isEnabled();
        this.locked = locked;
        this.passwordHash = user.getPasswordHash();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
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
}
