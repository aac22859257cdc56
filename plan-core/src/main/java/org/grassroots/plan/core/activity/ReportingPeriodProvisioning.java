package org.grassroots.plan.core.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure reporting periods exist for any fiscal year: the four fiscal quarters, each due 15 days after it ends
 * (HQ may move a due date later). Called on demand wherever periods are read, and at start for the current and
 * next fiscal year on the portal's clock.
 */
@Service
@Transactional
public class ReportingPeriodProvisioning {

    /** Days from a quarter's last day to its default due date, as in the seeded calendar. */
    public static final int DUE_DAYS_AFTER_END = 15;

    private final ReportingYears years;
    private final Clock clock;

    ReportingPeriodProvisioning(ReportingYears years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    /** Creates the fiscal year's periods if they do not exist; returns how many were created here. */
    public int ensure(FiscalYear fiscalYear) {
        if (years.exists(fiscalYear)) {
            return 0;
        }
        var periods = IntStream.rangeClosed(1, 4)
                .mapToObj(q -> new ReportingPeriod(
                        fiscalYear, q, fiscalYear.quarterEnd(q).plusDays(DUE_DAYS_AFTER_END)))
                .toList();
        return years.create(fiscalYear, periods);
    }

    /** The current fiscal year (Tokyo) and the next one. */
    public void ensureCurrentAndNext() {
        var current = FiscalYear.containing(LocalDate.now(clock));
        ensure(current);
        ensure(current.next());
    }
}
