package org.grassroots.plan.web.export;

import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The dates an export covers: a fiscal year, consecutive quarters of one ({@code firstQuarter}–{@code lastQuarter}),
 * or a free date range ({@code fiscalYear} null).
 */
public record ExportPeriod(
        @Nullable FiscalYear fiscalYear, int firstQuarter, int lastQuarter, LocalDate from, LocalDate to) {

    static ExportPeriod year(FiscalYear fy) {
        return new ExportPeriod(fy, 1, 4, fy.start(), fy.end());
    }

    static ExportPeriod quarters(FiscalYear fy, int first, int last) {
        return new ExportPeriod(fy, first, last, fy.quarterStart(first), fy.quarterEnd(last));
    }

    static ExportPeriod range(LocalDate from, LocalDate to) {
        return new ExportPeriod(null, 0, 0, from, to);
    }

    public boolean wholeYear() {
        return fiscalYear != null && firstQuarter == 1 && lastQuarter == 4;
    }

    /** A name for files: fy2026, fy2026-q1, fy2026-q1-q2 or 2026-04-01_2026-05-31. */
    String slug() {
        if (fiscalYear == null) {
            return from + "_" + to;
        }
        if (wholeYear()) {
            return "fy" + fiscalYear.year();
        }
        return "fy" + fiscalYear.year() + "-q" + firstQuarter + (lastQuarter == firstQuarter ? "" : "-q" + lastQuarter);
    }
}
