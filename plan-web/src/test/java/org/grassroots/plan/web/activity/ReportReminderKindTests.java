package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.grassroots.plan.core.activity.ReportReminderKind;
import org.grassroots.plan.persistence.activity.ReportFilingRow;
import org.grassroots.plan.persistence.activity.ReportName;
import org.grassroots.plan.persistence.activity.ReportingPeriodRow;
import org.junit.jupiter.api.Test;

/** Which reminder a mission's reporters get for a period on a given day: a rule, tested without the portal. */
class ReportReminderKindTests {

    @Test
    void dueSoonMeansWithinAWeekAndNothingFiled() {
        var period = new ReportingPeriodRow(
                1, 0, 2034, 2, LocalDate.of(2034, 7, 1), LocalDate.of(2034, 9, 30), LocalDate.of(2034, 10, 15));
        assertThat(ReportReminderMailer.kindOf(row(period, 0, LocalDate.of(2034, 10, 1)), LocalDate.of(2034, 10, 1)))
                .as("two weeks ahead")
                .isEmpty();
        assertThat(ReportReminderMailer.kindOf(row(period, 0, LocalDate.of(2034, 10, 8)), LocalDate.of(2034, 10, 8)))
                .contains(ReportReminderKind.DUE_SOON);
        assertThat(ReportReminderMailer.kindOf(row(period, 0, LocalDate.of(2034, 10, 15)), LocalDate.of(2034, 10, 15)))
                .as("on the due date")
                .contains(ReportReminderKind.DUE_SOON);
        assertThat(ReportReminderMailer.kindOf(row(period, 0, LocalDate.of(2034, 10, 16)), LocalDate.of(2034, 10, 16)))
                .contains(ReportReminderKind.OVERDUE);
        assertThat(ReportReminderMailer.kindOf(row(period, 2, LocalDate.of(2034, 10, 16)), LocalDate.of(2034, 10, 16)))
                .as("filed")
                .isEmpty();
    }

    private static ReportFilingRow row(ReportingPeriodRow period, long filed, LocalDate today) {
        return new ReportFilingRow("CG-DEN", new ReportName("デンバー", "Denver"), period, filed, today);
    }
}
