package org.grassroots.plan.persistence.activity;

import java.time.LocalDate;

/** A reporting period with its due date. */
public record ReportingPeriodRow(
        long id, long version, int fiscalYear, int quarter, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
