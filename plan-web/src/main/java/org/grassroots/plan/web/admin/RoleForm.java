package org.grassroots.plan.web.admin;

import jakarta.validation.constraints.NotNull;
import org.grassroots.plan.core.user.ChangeRole;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.user.UserRow;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Changes a user's role and, for a reporter, mission. */
class RoleForm {

    @NotNull(message = "{admin.user.required}")
    private @Nullable Role role;

    private @Nullable String missionCode;

    static RoleForm of(UserRow user) {
        var form = new RoleForm();
        form.role = user.role();
        form.missionCode = user.missionCode();
        return form;
    }

    static void validateMission(@Nullable Role role, @Nullable String missionCode, Errors errors) {
        if (role == Role.MISSION_REPORTER && missionCode == null) {
            errors.rejectValue("missionCode", "admin.user.mission.required");
        }
    }

    void validateMission(Errors errors) {
        validateMission(role, missionCode, errors);
    }

    ChangeRole toCommand() {
        return new ChangeRole(role, role == Role.MISSION_REPORTER ? missionCode : null);
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
}
