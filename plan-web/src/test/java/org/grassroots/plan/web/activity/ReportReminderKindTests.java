package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.grassroots.plan.core.activity.ReportReminderKind;
import org.grassroots.plan.persistence.activity.ReportFilingRow;
import org.grassroots.plan.persistence.activity.ReportName;
import org.grassroots.plan.persistence.activity.ReportingPeriodRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which reminder a mission's reporters get for a period on a given day: a rule, tested without the portal. */
class ReportReminderKindTests {

    @Test
    void dueSoonMeansWithinAWeekOfTheMissionsDeadlineAndNothingFiled() {
        var period = new ReportingPeriodRow(
                1, 0, 2034, 2, LocalDate.of(2034, 7, 1), LocalDate.of(2034, 9, 30), LocalDate.of(2034, 10, 15));
        // Denver (UTC-6 in October): the deadline passes at 2034-10-16 00:00 MDT = 06:00 UTC = 15:00 in Tokyo.
        assertThat(ReportReminderMailer.kindOf(row(period, null, utc("2034-10-01T00:00")), utc("2034-10-01T00:00")))
                .as("two weeks ahead")
                .isEmpty();
        assertThat(ReportReminderMailer.kindOf(row(period, null, utc("2034-10-09T06:00")), utc("2034-10-09T06:00")))
                .contains(ReportReminderKind.DUE_SOON);
        assertThat(ReportReminderMailer.kindOf(row(period, null, utc("2034-10-16T05:59")), utc("2034-10-16T05:59")))
                .as("23:59 on the due date in Denver, already 14:59 the next day in Tokyo")
                .contains(ReportReminderKind.DUE_SOON);
        assertThat(ReportReminderMailer.kindOf(row(period, null, utc("2034-10-16T06:00")), utc("2034-10-16T06:00")))
                .as("midnight in Denver")
                .contains(ReportReminderKind.OVERDUE);
        assertThat(ReportReminderMailer.kindOf(
                        row(period, utc("2034-10-10T00:00"), utc("2034-10-16T06:00")), utc("2034-10-16T06:00")))
                .as("filed")
                .isEmpty();
    }

    private static Instant utc(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).toInstant(java.time.ZoneOffset.UTC);
    }

    private static ReportFilingRow row(ReportingPeriodRow period, @Nullable Instant filedAt, Instant now) {
        return new ReportFilingRow(
                "CG-DEN",
                new ReportName("デンバー", "Denver"),
                ZoneId.of("America/Denver"),
                period,
                filedAt == null ? 0 : 1,
                filedAt,
                now);
    }
}
