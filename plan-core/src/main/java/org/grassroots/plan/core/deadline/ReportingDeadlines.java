package org.grassroots.plan.core.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a mission met a reporting deadline, on the portal's clock. Pages, reminders
 * and dashboards call it (or {@link ReportingDeadline} directly with an explicit "now") rather than comparing
 * dates themselves: a period is due at the end of its due date in the mission's time zone.
 */
@Component
public class ReportingDeadlines {

    private final Clock clock;

    /** The rule on the portal's clock (tests pass a fixed one). */
    public ReportingDeadlines(Clock clock) {
        this.clock = clock;
    }

    public ReportingDeadline deadline(LocalDate dueOn, ZoneId missionZone) {
        return new ReportingDeadline(dueOn, missionZone);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The status now of a mission's filing for a period due on {@code dueOn}. */
    public FilingStatus status(LocalDate dueOn, ZoneId missionZone, @Nullable Instant firstFiledAt) {
        return deadline(dueOn, missionZone).statusOf(firstFiledAt, now());
    }

    /** Whether the period is overdue now for the mission: deadline passed and nothing filed. */
    public boolean isOverdue(LocalDate dueOn, ZoneId missionZone, @Nullable Instant firstFiledAt) {
        return status(dueOn, missionZone, firstFiledAt) == FilingStatus.MISSING;
    }
}
