package org.grassroots.plan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.junit.jupiter.api.Test;

/** The deadline rule at the boundary, on a fixed clock in Tokyo time (the portal's clock). */
class ReportingDeadlinesTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    static final ZoneId GUAM = ZoneId.of("Pacific/Guam");

    /** FY2026 Q1 ends on 30 June 2026 and is due on 15 July 2026. */
    static final LocalDate DUE = LocalDate.of(2026, 7, 15);

    @Test
    void newYorkIsDueAtMidnightThereWhichIsOneInTheAfternoonInTokyo() {
        assertThat(rule("2026-07-16T12:59:59").status(DUE, NEW_YORK, null)).isEqualTo(FilingStatus.OPEN);
        assertThat(rule("2026-07-16T13:00:00").status(DUE, NEW_YORK, null)).isEqualTo(FilingStatus.MISSING);

        var deadline = new ReportingDeadline(DUE, NEW_YORK);
        assertThat(deadline.lastMinuteLocal().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-07-15T23:59"));
        assertThat(deadline.lastMinuteInTokyo().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-07-16T12:59"));
    }

    @Test
    void newYorkInWinterIsAnHourLaterInTokyo() {
        var q3 = LocalDate.of(2027, 1, 15);
        assertThat(rule("2027-01-16T13:59").status(q3, NEW_YORK, null)).isEqualTo(FilingStatus.OPEN);
        assertThat(rule("2027-01-16T14:00").status(q3, NEW_YORK, null)).isEqualTo(FilingStatus.MISSING);
    }

    @Test
    void honoluluIsDueAtMidnightThereWhichIsSevenInTheEveningInTokyo() {
        assertThat(rule("2026-07-16T18:59").status(DUE, HONOLULU, null)).isEqualTo(FilingStatus.OPEN);
        assertThat(rule("2026-07-16T19:00").status(DUE, HONOLULU, null)).isEqualTo(FilingStatus.MISSING);
    }

    @Test
    void atMidnightInTokyoNoUsMissionIsOverdueYetButGuamAlreadyIs() {
        var tokyoMidnight = rule("2026-07-16T00:00");
        assertThat(tokyoMidnight.isOverdue(DUE, NEW_YORK, null)).isFalse();
        assertThat(tokyoMidnight.isOverdue(DUE, HONOLULU, null)).isFalse();
        assertThat(tokyoMidnight.isOverdue(DUE, GUAM, null))
                .as("Guam is an hour ahead of Tokyo")
                .isTrue();
        assertThat(rule("2026-07-15T22:59").isOverdue(DUE, GUAM, null)).isFalse();
    }

    @Test
    void aFilingIsOnTimeUntilTheLastSecondOfTheDueDateWhereTheMissionIs() {
        var muchLater = rule("2026-09-01T09:00");
        assertThat(muchLater.status(DUE, NEW_YORK, tokyo("2026-07-16T12:59:59")))
                .isEqualTo(FilingStatus.ON_TIME);
        assertThat(muchLater.status(DUE, NEW_YORK, tokyo("2026-07-16T13:00:00")))
                .isEqualTo(FilingStatus.LATE);
        assertThat(muchLater.status(DUE, HONOLULU, tokyo("2026-07-16T18:00"))).isEqualTo(FilingStatus.ON_TIME);
        assertThat(FilingStatus.LATE.isFiled()).isTrue();
        assertThat(FilingStatus.MISSING.isFiled()).isFalse();
    }

    @Test
    void dueSoonWindowEndsWhenTheDeadlinePasses() {
        var deadline = new ReportingDeadline(DUE, NEW_YORK);
        assertThat(deadline.passesWithin(java.time.Duration.ofDays(7), tokyo("2026-07-09T13:00")))
                .isTrue();
        assertThat(deadline.passesWithin(java.time.Duration.ofDays(7), tokyo("2026-07-09T12:59")))
                .isFalse();
        assertThat(deadline.passesWithin(java.time.Duration.ofDays(7), tokyo("2026-07-16T13:00")))
                .isFalse();
    }

    private static ReportingDeadlines rule(String tokyoTime) {
        return new ReportingDeadlines(Clock.fixed(tokyo(tokyoTime), FiscalYear.HQ_ZONE));
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(FiscalYear.HQ_ZONE).toInstant();
    }
}
