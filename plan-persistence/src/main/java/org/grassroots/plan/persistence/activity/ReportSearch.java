package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the report list and the review queue; null means any. The plan revision is the one in effect on
 * the activity's date ({@code activity_report.plan_revision_code}).
 */
public record ReportSearch(
        @Nullable String missionCode,
        @Nullable String stateCode,
        @Nullable ActivityReportStatus status,
        @Nullable String priorityAreaCode,
        @Nullable FiscalYear fiscalYear,
        @Nullable String planRevisionCode) {

    /** Without a plan revision filter. */
    public ReportSearch(
            @Nullable String missionCode,
            @Nullable String stateCode,
            @Nullable ActivityReportStatus status,
            @Nullable String priorityAreaCode,
            @Nullable FiscalYear fiscalYear) {
        this(missionCode, stateCode, status, priorityAreaCode, fiscalYear, null);
    }

    public static ReportSearch any() {
        return new ReportSearch(null, null, null, null, null, null);
    }
}
