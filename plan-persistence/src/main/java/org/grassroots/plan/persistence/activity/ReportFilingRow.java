package org.grassroots.plan.persistence.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.grassroots.plan.core.deadline.FilingStatus;
import org.grassroots.plan.core.deadline.ReportingDeadline;
import org.jspecify.annotations.Nullable;

/**
 * A mission's filing for a reporting period: how many of its submitted or accepted reports are dated in it now,
 * when it first filed for it, and its status at {@code now} by the deadline rule (end of the due date in the
 * mission's time zone).
 */
public record ReportFilingRow(
        String missionCode,
        ReportName mission,
        ZoneId missionZone,
        ReportingPeriodRow period,
        long filed,
        @Nullable Instant firstFiledAt,
        Instant now) {

    static final Duration DUE_SOON = Duration.ofDays(14);

    public ReportingDeadline deadline() {
        return new ReportingDeadline(period.dueOn(), missionZone);
    }

    public FilingStatus status() {
        return deadline().statusOf(firstFiledAt, now);
    }

    public boolean hasFiled() {
        return status().isFiled();
    }

    public boolean isLate() {
        return status() == FilingStatus.LATE;
    }

    public boolean isOverdue() {
        return status() == FilingStatus.MISSING;
    }

    /** Not filed yet, and the deadline passes within two weeks. */
    public boolean isDueSoon() {
        return status() == FilingStatus.OPEN && deadline().passesWithin(DUE_SOON, now);
    }
}
