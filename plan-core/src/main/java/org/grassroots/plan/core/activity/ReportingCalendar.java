package org.grassroots.plan.core.activity;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HQ's changes to the reporting calendar. */
@Service
@Transactional
public class ReportingCalendar {

    private final ReportingPeriods periods;
    private final ReportActors actors;

    ReportingCalendar(ReportingPeriods periods, ReportActors actors) {
        this.periods = periods;
        this.actors = actors;
    }

    /** Moves a period's due date; only HQ editors and administrators may, and not before the period ends. */
    public void moveDueDate(MoveReportingDueDate command) {
        actors.reviewer(command.actorId());
        var period = periods.findById(command.periodId())
                .orElseThrow(() -> new ReportingPeriodNotFoundException(command.periodId()));
        if (period.getVersion() != command.version()) {
            throw new StaleReportException(command.periodId());
        }
        if (command.dueOn().isBefore(period.getEndsOn())) {
            throw new InvalidReportException(List.of(new FieldViolation("dueOn", "reports.error.dueBeforeEnd")));
        }
        period.moveDueDate(command.dueOn());
    }
}
