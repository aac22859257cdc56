package org.grassroots.plan.core.activity;

import java.time.Clock;
import java.util.List;
import org.grassroots.plan.core.shared.FieldChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's side of the workflow: accept or return a submitted report, and (administrators only) reopen an accepted
 * one. Nobody reviews a report they wrote or last changed; the report itself refuses that.
 */
@Service
@Transactional
public class ActivityReportReview {

    private final ActivityReports reports;
    private final ReportActors actors;
    private final Clock clock;

    ActivityReportReview(ActivityReports reports, ReportActors actors, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.actors = actors;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public void accept(AcceptActivityReport command) {
        var reviewer = actors.reviewer(command.actorId());
        var report = report(command.reportId(), command.version());
        report.accept(reviewer, clock.instant());
    }

    public void returnToMission(ReturnActivityReport command) {
        var reviewer = actors.reviewer(command.actorId());
        var report = report(command.reportId(), command.version());
        report.returnToMission(reviewer, command.comment(), clock.instant());
    }

    public void reopen(ReopenActivityReport command) {
        var administrator = actors.enabled(command.actorId());
        if (!ReportAccess.mayReopen(administrator.getRole())) {
            throw new ReportAccessDeniedException(administrator.getUsername() + " may not reopen reports");
        }
        var report = report(command.reportId(), command.version());
        report.reopen(administrator, command.reason(), clock.instant());
    }

    /** What changed in the report since it was last returned (empty if it never was). */
    @Transactional(readOnly = true)
    public List<FieldChange<String>> changesSinceReturn(Long reportId) {
        return reports.findById(reportId)
                .orElseThrow(() -> new ActivityReportNotFoundException(reportId))
                .changesSinceReturn();
    }

    private ActivityReport report(Long id, long version) {
        var report = reports.findById(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
        ActivityReportSubmission.requireVersion(report, version);
        return report;
    }
}
