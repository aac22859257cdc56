package org.grassroots.plan.web.activity;

import java.time.Clock;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the reminder e-mails on every node at {@code plan.reminders.cron} (Tokyo time); each goes out once. Each
 * run first makes sure the current and next fiscal year have their periods (once across nodes).
 */
class ReportReminderJob {

    private final ReportReminderMailer mailer;
    private final ReportingPeriodProvisioning provisioning;
    private final Clock clock;

    ReportReminderJob(ReportReminderMailer mailer, ReportingPeriodProvisioning provisioning, Clock clock) {
        this.mailer = mailer;
        this.provisioning = provisioning;
        this.clock = clock;
    }

    @Scheduled(cron = "${plan.reminders.cron}", zone = "Asia/Tokyo")
    void run() {
        provisioning.ensureCurrentAndNext();
        mailer.sendReminders(clock.instant());
    }
}
