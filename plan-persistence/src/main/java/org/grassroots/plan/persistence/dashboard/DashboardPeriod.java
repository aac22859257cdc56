package org.grassroots.plan.persistence.dashboard;

import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The period a dashboard shows: a whole fiscal year, or one of its quarters (1 = April to June), optionally only
 * the reports of one plan revision (the revision in effect on their activity date). Periods are whole months, so a
 * report dated 2026-03-31 counts in FY2025 and one dated 2026-04-01 in FY2026.
 */
public record DashboardPeriod(
        FiscalYear fiscalYear,
        @Nullable Integer quarter,
        @Nullable String planRevision) {

    public DashboardPeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("A fiscal quarter is 1 to 4: " + quarter);
        }
    }

    public DashboardPeriod(FiscalYear fiscalYear, @Nullable Integer quarter) {
        this(fiscalYear, quarter, null);
    }

    public static DashboardPeriod year(int fiscalYear) {
        return new DashboardPeriod(FiscalYear.of(fiscalYear), null);
    }

    /** The period of the fiscal year containing the date, whole year. */
    public static DashboardPeriod yearContaining(LocalDate date) {
        return new DashboardPeriod(FiscalYear.containing(date), null);
    }

    public LocalDate firstDay() {
        return quarter == null ? fiscalYear.start() : fiscalYear.quarterStart(quarter);
    }

    public LocalDate lastDay() {
        return quarter == null ? fiscalYear.end() : fiscalYear.quarterEnd(quarter);
    }

    /** The first day of the period's last month. */
    public LocalDate lastMonth() {
        return lastDay().withDayOfMonth(1);
    }

    /** The same quarter or year one fiscal year earlier. */
    public DashboardPeriod previousYear() {
        return new DashboardPeriod(fiscalYear.previous(), quarter, planRevision);
    }

    public DashboardPeriod wholeYear() {
        return new DashboardPeriod(fiscalYear, null, planRevision);
    }
}
