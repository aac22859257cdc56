package org.grassroots.plan.persistence.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A mission's filing for one reporting period: reports filed in it, when it counts as filed, and so its timeliness. */
public record PeriodFilingRow(
        int fiscalYear,
        int quarter,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate dueOn,
        long filed,
        @Nullable Instant filedAt) {

    public FilingTimeliness timeliness(LocalDate today) {
        return FilingTimeliness.of(filed, filedAt, dueOn, today);
    }

    /** Whether the period counts in the reporting rate: its due date has passed, or it is filed already. */
    public boolean isExpected(LocalDate today) {
        return filed > 0 || today.isAfter(dueOn);
    }
}
