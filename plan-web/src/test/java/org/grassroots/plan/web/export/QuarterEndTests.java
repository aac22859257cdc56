package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.export.IssuedSummaries;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.junit.jupiter.api.Test;

/** The quarter-end job asks for the quarter that has just closed, as the one clock tells the date in Tokyo. */
class QuarterEndTests {

    record Asked(FiscalYear fiscalYear, int quarter, String by) {}

    @Test
    void onTheFirstDaysOfAQuarterTheJobIssuesThePreviousQuarter() {
        assertThat(askedAt("2027-01-01T00:10+09:00")).isEqualTo(new Asked(FiscalYear.of(2026), 3, "system"));
        assertThat(askedAt("2026-04-01T00:10+09:00")).isEqualTo(new Asked(FiscalYear.of(2025), 4, "system"));
        assertThat(askedAt("2026-07-15T00:10+09:00")).isEqualTo(new Asked(FiscalYear.of(2026), 1, "system"));
    }

    @Test
    void tokyoTimeDecidesTheDay() {
        assertThat(askedAt("2026-09-30T16:00Z")).isEqualTo(new Asked(FiscalYear.of(2026), 2, "system"));
        assertThat(askedAt("2026-09-30T14:00Z")).isEqualTo(new Asked(FiscalYear.of(2026), 1, "system"));
    }

    private static Asked askedAt(String now) {
        List<Asked> asked = new ArrayList<>();
        IssuedSummaries summaries = (fy, quarter, by, at, render) -> {
            asked.add(new Asked(fy, quarter, by));
            return false;
        };
        Instant instant = ZonedDateTime.parse(now).toInstant();
        var issuer =
                new SummaryIssuer(summaries, null, null, null, null, null, Clock.fixed(instant, FiscalYear.HQ_ZONE));
        new QuarterEndJob(issuer).run();
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }
}
