package org.grassroots.plan.core.activity;

import java.util.Objects;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with reports. HQ editors and administrators file for any mission and review; a mission
 * reporter files for and edits only their own mission's reports; everyone reads submitted reports, but a draft
 * only its mission, HQ and administrators.
 */
public final class ReportAccess {

    private ReportAccess() {}

    public static boolean mayFileFor(Role role, @Nullable String actorMission, String missionCode) {
        return switch (role) {
            case ADMIN, HQ_EDITOR -> true;
            case MISSION_REPORTER -> Objects.equals(actorMission, missionCode);
            case VIEWER -> false;
        };
    }

    /**
     * Whether someone may read a report. Drafts belong to their mission until submitted: its reporters read them,
     * and so does the HQ editor who started one on the mission's behalf (startedIt); administrators may, for
     * support; other HQ editors and viewers do not see them.
     */
    public static boolean mayRead(
            Role role,
            @Nullable String actorMission,
            String reportMission,
            ActivityReportStatus status,
            boolean startedIt) {
        if (status != ActivityReportStatus.DRAFT) {
            return true;
        }
        return switch (role) {
            case ADMIN -> true;
            case MISSION_REPORTER -> Objects.equals(actorMission, reportMission);
            case HQ_EDITOR -> startedIt;
            case VIEWER -> false;
        };
    }

    public static boolean mayReview(Role role) {
        return role == Role.ADMIN || role == Role.HQ_EDITOR;
    }

    public static boolean mayReopen(Role role) {
        return role == Role.ADMIN;
    }
}
