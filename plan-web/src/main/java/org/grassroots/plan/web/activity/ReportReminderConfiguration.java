package org.grassroots.plan.web.activity;

import java.time.Clock;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.grassroots.plan.core.activity.SentReportReminders;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.web.config.DisplayFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reminder e-mails for the reporting calendar, present only when a mail server is configured
 * ({@code spring.mail.host}, from {@code PLAN_MAIL_HOST}); without one the portal has no scheduler and shows the
 * reminders on the mission page only.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class ReportReminderConfiguration {

    @Bean
    ReportReminderMailer reportReminderMailer(
            ReportCalendarQueries calendar,
            SentReportReminders sent,
            JavaMailSender mailSender,
            MessageSource messages,
            DisplayFormats fmt,
            DeadlineFormats deadlines,
            @Value("${plan.mail.from:}") String from,
            @Value("${plan.base-url}") String baseUrl) {
        if (from.isBlank()) {
            throw new IllegalStateException("PLAN_MAIL_FROM (plan.mail.from) must be set when PLAN_MAIL_HOST is set");
        }
        return new ReportReminderMailer(calendar, sent, mailSender, messages, fmt, deadlines, from, baseUrl);
    }

    @Bean
    ReportReminderJob reportReminderJob(
            ReportReminderMailer mailer, ReportingPeriodProvisioning provisioning, Clock clock) {
        return new ReportReminderJob(mailer, provisioning, clock);
    }
}
