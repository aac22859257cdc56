package org.grassroots.plan.core.activity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.shared.FieldViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a mission files a report: create a draft or submit at once, revise a draft or a returned report, submit,
 * delete a draft. Who may do it is checked here, for the acting user, against the report's mission.
 */
@Service
@Transactional
public class ActivityReportSubmission {

    private final ActivityReports reports;
    private final ReportActors actors;
    private final DiplomaticMissions missions;
    private final ReportContentResolver resolver;
    private final Clock clock;

    ActivityReportSubmission(
            ActivityReports reports,
            ReportActors actors,
            DiplomaticMissions missions,
            ReportContentResolver resolver,
            ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.actors = actors;
        this.missions = missions;
        this.resolver = resolver;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates the report and returns its id; if a report was already made with the command's token, changes
     * nothing and returns that report's id.
     */
    public Long create(CreateActivityReport command) {
        var actor = actors.enabled(command.actorId());
        var existing = reports.findBySubmissionToken(command.submissionToken());
        if (existing.isPresent()) {
            ReportActors.requireMayFile(actor, existing.get().getMission().getCode());
            return existing.get().getId();
        }
        ReportActors.requireMayFile(actor, command.missionCode());
        var mission = missions.findById(command.missionCode())
                .orElseThrow(() -> new ReportAccessDeniedException("Unknown mission " + command.missionCode()));
        var resolved = resolver.resolve(mission.getCode(), command.content());
        var now = clock.instant();
        var report = new ActivityReport(mission, resolved.state(), resolved.details(), actor, now);
        report.useSubmissionToken(command.submissionToken());
        if (command.submit()) {
            report.submit(actor, now);
        }
        return reports.save(report).getId();
    }

    /** Revises the report; a command repeating the token of the report's last change is answered without change. */
    public void revise(ReviseActivityReport command) {
        var actor = actors.enabled(command.actorId());
        var report = report(command.reportId());
        ReportActors.requireMayWorkOn(actor, report);
        if (command.submissionToken().equals(report.getSubmissionToken())) {
            return;
        }
        requireVersion(report, command.version());
        var resolved = resolver.resolve(report.getMission().getCode(), command.content());
        var now = clock.instant();
        report.revise(resolved.state(), resolved.details(), actor, now);
        report.useSubmissionToken(command.submissionToken());
        if (command.submit()) {
            report.submit(actor, now);
        }
    }

    public void submit(SubmitActivityReport command) {
        var actor = actors.enabled(command.actorId());
        var report = report(command.reportId());
        ReportActors.requireMayWorkOn(actor, report);
        requireVersion(report, command.version());
        report.submit(actor, clock.instant());
    }

    public void deleteDraft(DeleteActivityReportDraft command) {
        var actor = actors.enabled(command.actorId());
        var report = report(command.reportId());
        ReportActors.requireMayWorkOn(actor, report);
        requireVersion(report, command.version());
        report.requireDeletable();
        reports.delete(report);
    }

    /**
     * The content's violations for a report of the mission, without writing anything; lets a form show every
     * problem at once. Refuses like the writes do when the actor may not file for the mission or the state.
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> check(Long actorId, String missionCode, ReportContent content) {
        actors.filer(actorId, missionCode);
        try {
            resolver.resolve(missionCode, content);
            return List.of();
        } catch (InvalidReportException e) {
            return e.getViolations();
        }
    }

    private ActivityReport report(Long id) {
        return reports.findById(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
    }

    static void requireVersion(ActivityReport report, long version) {
        if (!Objects.equals(report.getVersion(), version)) {
            throw new StaleReportException(report.getId());
        }
    }
}
