package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the day's reminder e-mails on every node at {@code plan.reminders.cron} (Tokyo time); each goes out once. */
class ReportReminderJob {

    private final ReportReminderMailer mailer;
    private final Clock clock;

    ReportReminderJob(ReportReminderMailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${plan.reminders.cron}", zone = "Asia/Tokyo")
    void run() {
        mailer.sendReminders(LocalDate.now(clock));
    }
}
