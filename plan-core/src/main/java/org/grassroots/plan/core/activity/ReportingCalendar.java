package org.grassroots.plan.core.activity;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;
import org.grassroots.plan.core.user.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HQ's changes to the reporting calendar. */
@Service
@Transactional
public class ReportingCalendar {

    private final ReportingPeriods periods;
    private final Users users;

    ReportingCalendar(ReportingPeriods periods, Users users) {
        this.periods = periods;
        this.users = users;
    }

    /** Moves a period's due date; only HQ editors and administrators may, and not before the period ends. */
    public void moveDueDate(MoveReportingDueDate command) {
        var actor =
                users.findById(command.actorId()).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled() || !ReportAccess.mayReview(actor.getRole())) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not change the calendar");
        }
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
