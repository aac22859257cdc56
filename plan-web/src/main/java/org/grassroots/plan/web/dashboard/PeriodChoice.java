package org.grassroots.plan.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportOption;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The period a dashboard shows, from the {@code fy}, {@code q} and {@code revision} query parameters: by default the
 * current fiscal year in HQ's time zone, every plan revision; years outside the plan's reach fall back to it, a
 * quarter outside 1–4 to the whole year, an unknown revision to every revision.
 */
@Component
class PeriodChoice {

    static final int FIRST_YEAR = 2017;

    private final Clock clock;
    private final ReportFormOptions options;

    PeriodChoice(Clock clock, ReportFormOptions options) {
        this.clock = clock;
        this.options = options;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    DashboardPeriod resolve(@Nullable Integer fy, @Nullable Integer q, @Nullable String revision) {
        var current = FiscalYear.containing(today());
        var year = fy != null && fy >= FIRST_YEAR && fy <= current.year() + 1 ? FiscalYear.of(fy) : current;
        var quarter = q != null && q >= 1 && q <= 4 ? q : null;
        var known = revision != null
                && revisions().stream().anyMatch(option -> option.code().equals(revision));
        return new DashboardPeriod(year, quarter, known ? revision : null);
    }

    /** The plan revisions, oldest first. */
    List<ReportOption> revisions() {
        return options.planRevisions();
    }

    /** The fiscal years offered, newest first. */
    List<Integer> years() {
        int current = FiscalYear.containing(today()).year();
        return IntStream.iterate(current + 1, year -> year >= FIRST_YEAR, year -> year - 1)
                .boxed()
                .toList();
    }
}
