package org.grassroots.plan.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.grassroots.plan.core.user.ChangePassword;
import org.grassroots.plan.core.user.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/** The change-password form: the current password and the new one, twice. */
class PasswordForm {

    @NotBlank(message = "{security.password.required}")
    private @Nullable String currentPassword;

    @NotBlank(message = "{security.password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, message = "{security.password.policy.TOO_SHORT}")
    private @Nullable String newPassword;

    @NotBlank(message = "{security.password.required}")
    private @Nullable String confirmPassword;

    boolean confirmationMatches() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }

    ChangePassword toCommand(Long userId) {
        return new ChangePassword(userId, String.valueOf(currentPassword), String.valueOf(newPassword));
    }

    public @Nullable String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public @Nullable String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword;
    }

    public @Nullable String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(@Nullable String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
