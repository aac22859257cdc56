package org.grassroots.plan.core.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files many draft reports at once for a mission (bulk import), with the same rules and jurisdiction as the form.
 * All or nothing: if any row has a problem, no report is filed and every problem is reported by line and field.
 */
@Service
@Transactional
public class ActivityReportImport {

    /** The most rows one import may hold. */
    public static final int MAX_ROWS = 1000;

    private final ActivityReports reports;
    private final ReportActors actors;
    private final DiplomaticMissions missions;
    private final ReportContentResolver resolver;
    private final Clock clock;

    ActivityReportImport(
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

    /** Files every row as a draft of the mission and returns how many were filed. */
    public int importDrafts(ImportActivityReports command) {
        var actor = actors.filer(command.actorId(), command.missionCode());
        var mission = missions.findById(command.missionCode())
                .orElseThrow(() -> new ReportAccessDeniedException("Unknown mission " + command.missionCode()));
        var problems = new ArrayList<>(command.readProblems());
        if (command.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportViolation(1, "file", "reports.import.error.empty"));
        }
        if (command.rows().size() > MAX_ROWS) {
            throw new ImportRejectedException(
                    List.of(new ImportViolation(1, "file", "reports.import.error.tooManyRows")));
        }
        var flagged = new HashSet<String>();
        problems.forEach(problem -> flagged.add(problem.line() + ":" + problem.field()));
        var resolved = new ArrayList<ReportContentResolver.Resolved>();
        for (var row : command.rows()) {
            try {
                resolved.add(resolver.resolve(mission.getCode(), row.content()));
            } catch (InvalidReportException e) {
                e.getViolations().stream()
                        .filter(violation -> !flagged.contains(row.line() + ":" + violation.field()))
                        .forEach(violation -> problems.add(
                                new ImportViolation(row.line(), violation.field(), violation.messageKey())));
            } catch (ReportAccessDeniedException e) {
                String messageKey = row.content().isNational()
                        ? "reports.import.error.nationalNotAllowed"
                        : "reports.import.error.stateOutsideJurisdiction";
                problems.add(new ImportViolation(row.line(), "stateCode", messageKey));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportViolation::line));
            throw new ImportRejectedException(problems);
        }
        var now = clock.instant();
        resolved.forEach(row -> reports.save(new ActivityReport(mission, row.state(), row.details(), actor, now)));
        return resolved.size();
    }
}
