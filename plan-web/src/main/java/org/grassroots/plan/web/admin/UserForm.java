package org.grassroots.plan.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.grassroots.plan.core.user.CreateUser;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The "new user" form. The mission is required for a mission reporter and ignored for every other role. */
class UserForm {

    @NotBlank(message = "{admin.user.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{admin.user.username.pattern}")
    private @Nullable String username;

    @NotBlank(message = "{admin.user.required}")
    @Size(max = 200, message = "{admin.user.displayName.size}")
    private @Nullable String displayName;

    @Email(message = "{admin.user.email.invalid}")
    @Size(max = 320, message = "{admin.user.email.invalid}")
    private @Nullable String email;

    @NotNull(message = "{admin.user.required}")
    private @Nullable Role role;

    private @Nullable String missionCode;

    @NotNull(message = "{admin.user.required}")
    @Pattern(regexp = "ja|en", message = "{admin.user.required}")
    private @Nullable String preferredLanguage = "ja";

    /** The rule between fields that Bean Validation cannot express on one field. */
    void validateMission(Errors errors) {
        RoleForm.validateMission(role, missionCode, errors);
    }

    CreateUser toCommand() {
        return new CreateUser(
                String.valueOf(username),
                String.valueOf(displayName),
                email,
                role,
                role == Role.MISSION_REPORTER ? missionCode : null,
                String.valueOf(preferredLanguage));
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable String getMissionCode() {
        return missionCode;
    }

    public void setMissionCode(@Nullable String missionCode) {
        this.missionCode = missionCode;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
