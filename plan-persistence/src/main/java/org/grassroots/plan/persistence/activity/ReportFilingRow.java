package org.grassroots.plan.persistence.activity;

import java.time.LocalDate;

/**
 * Whether a mission has filed for a reporting period: how many of its submitted or accepted reports are dated
 * in it, and whether the period is overdue (due date passed with nothing filed).
 */
public record ReportFilingRow(
        String missionCode, ReportName mission, ReportingPeriodRow period, long filed, LocalDate today) {

    public boolean hasFiled() {
        return filed > 0;
    }

    public boolean isOverdue() {
        return filed == 0 && today.isAfter(period.dueOn());
    }

    /** Not filed yet, and due within two weeks. */
    public boolean isDueSoon() {
        return filed == 0 && !isOverdue() && !today.isBefore(period.dueOn().minusDays(14));
    }
}
