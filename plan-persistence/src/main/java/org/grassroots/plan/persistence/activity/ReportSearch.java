package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/** The filters of the report list and the review queue; null means any. */
public record ReportSearch(
        @Nullable String missionCode,
        @Nullable String stateCode,
        @Nullable ActivityReportStatus status,
        @Nullable String priorityAreaCode,
        @Nullable FiscalYear fiscalYear) {

    public static ReportSearch any() {
        return new ReportSearch(null, null, null, null, null);
    }
}
