package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the report list and the review queue; null means any. A quarter applies within the fiscal year;
 * the plan revision is the one in effect on the activity's date ({@code activity_report.plan_revision_code}).
 */
public record ReportSearch(
        @Nullable String missionCode,
        @Nullable String stateCode,
        @Nullable ActivityReportStatus status,
        @Nullable String priorityAreaCode,
        @Nullable FiscalYear fiscalYear,
        @Nullable Integer quarter,
        @Nullable String planRevisionCode) {

    /** The filters with no quarter (the whole fiscal year) and no plan revision. */
    public ReportSearch(
            @Nullable String missionCode,
            @Nullable String stateCode,
            @Nullable ActivityReportStatus status,
            @Nullable String priorityAreaCode,
            @Nullable FiscalYear fiscalYear) {
        this(missionCode, stateCode, status, priorityAreaCode, fiscalYear, null, null);
    }

    public static ReportSearch any() {
        return new ReportSearch(null, null, null, null, null, null, null);
    }

    /** The first day of the chosen fiscal year or of its chosen quarter (quarters 1 to 4 only). */
    public java.time.@Nullable LocalDate from() {
        if (fiscalYear == null) {
            return null;
        }
        return hasQuarter() ? fiscalYear.quarterStart(quarter) : fiscalYear.start();
    }

    /** The last day of the chosen fiscal year or of its chosen quarter. */
    public java.time.@Nullable LocalDate to() {
        if (fiscalYear == null) {
            return null;
        }
        return hasQuarter() ? fiscalYear.quarterEnd(quarter) : fiscalYear.end();
    }

    private boolean hasQuarter() {
        return quarter != null && quarter >= 1 && quarter <= 4;
    }
}
