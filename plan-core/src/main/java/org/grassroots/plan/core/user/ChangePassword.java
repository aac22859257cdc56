package org.grassroots.plan.core.user;

/** A signed-in user replaces their password, confirming with the current one. */
public record ChangePassword(Long userId, String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePassword[userId=" + userId + "]";
    }
}
