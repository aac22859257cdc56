package org.grassroots.plan.core.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A person who signs in to the portal, with one role and, for reporters, the mission they report for. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_code")
    private @Nullable DiplomaticMission mission;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "ja";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "oidc_subject")
    private @Nullable String oidcSubject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {}

    public AppUser(
            String username, String displayName, Role role, @Nullable DiplomaticMission mission, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.createdAt = createdAt;
        assignRole(role, mission);
    }

    /** Gives the user a role; a reporter must have a mission, no one else keeps one. */
    public void assignRole(Role role, @Nullable DiplomaticMission mission) {
        if (role.requiresMission() && mission == null) {
            throw new IllegalArgumentException("A mission reporter needs a mission");
        }
        this.role = role;
        this.mission = role.requiresMission() ? mission : null;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    /** Sets a one-time password that the user must replace at the next sign-in. */
    public void resetPassword(String oneTimePasswordHash) {
        this.passwordHash = oneTimePasswordHash;
        this.mustChangePassword = true;
        unlock();
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    public boolean recordFailedSignIn(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void linkIdentity(String subject) {
        this.oidcSubject = subject;
    }

    public void updateProfile(String displayName, @Nullable String email, String preferredLanguage) {
        this.displayName = displayName;
        this.email = email;
        this.preferredLanguage = preferredLanguage;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable DiplomaticMission getMission() {
        return mission;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public @Nullable String getOidcSubject() {
        return oidcSubject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
