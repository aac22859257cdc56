package org.grassroots.plan.core.activity;

import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Users;
import org.springframework.stereotype.Component;

/** Finds the user acting on reports and checks, with {@link ReportAccess}, that they may act at all. */
@Component
class ReportActors {

    private final Users users;

    ReportActors(Users users) {
        this.users = users;
    }

    /** An enabled user, however they may act. */
    AppUser enabled(Long actorId) {
        var actor = users.findById(actorId).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled()) {
            throw new ReportAccessDeniedException(actor.getUsername() + " is disabled");
        }
        return actor;
    }

    /** An enabled user who may file reports for the mission. */
    AppUser filer(Long actorId, String missionCode) {
        var actor = enabled(actorId);
        requireMayFile(actor, missionCode);
        return actor;
    }

    /** An enabled user who may review reports and keep the reporting calendar (HQ editors and administrators). */
    AppUser reviewer(Long actorId) {
        var actor = enabled(actorId);
        if (!ReportAccess.mayReview(actor.getRole())) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not review reports");
        }
        return actor;
    }

    static void requireMayFile(AppUser actor, String missionCode) {
        var actorMission =
                actor.getMission() == null ? null : actor.getMission().getCode();
        if (!ReportAccess.mayFileFor(actor.getRole(), actorMission, missionCode)) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not file for " + missionCode);
        }
    }

    /**
     * Whether the actor may change, submit or delete this report: they may file for its mission and, while it is a
     * draft, read it ({@link ReportAccess#mayRead}): another mission's draft stays out of reach of HQ editors who
     * did not start it, whatever request names its id.
     */
    static void requireMayWorkOn(AppUser actor, ActivityReport report) {
        String reportMission = report.getMission().getCode();
        requireMayFile(actor, reportMission);
        var actorMission =
                actor.getMission() == null ? null : actor.getMission().getCode();
        boolean startedIt = report.getAuthorship().getAuthor().getId().equals(actor.getId());
        if (!ReportAccess.mayRead(actor.getRole(), actorMission, reportMission, report.getStatus(), startedIt)) {
            throw new ReportAccessDeniedException(
                    actor.getUsername() + " may not work on the draft " + report.getId() + " of " + reportMission);
        }
    }
}
