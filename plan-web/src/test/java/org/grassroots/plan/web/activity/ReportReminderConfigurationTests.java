package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.grassroots.plan.core.activity.SentReportReminders;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.web.config.DisplayFormats;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** The reminder e-mails exist only with a mail server, and then only with a sender address. */
class ReportReminderConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ReportReminderConfiguration.class)
            .withBean(ReportCalendarQueries.class, () -> mock(ReportCalendarQueries.class))
            .withBean(SentReportReminders.class, () -> mock(SentReportReminders.class))
            .withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
            .withBean(MessageSource.class, () -> mock(MessageSource.class))
            .withBean(DisplayFormats.class, () -> mock(DisplayFormats.class))
            .withBean(DeadlineFormats.class, DeadlineFormats::new)
            .withBean(ReportingPeriodProvisioning.class, () -> mock(ReportingPeriodProvisioning.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("plan.base-url=https://plan.example.org/", "plan.reminders.cron=0 0 9 * * *");

    @Test
    void withoutAMailServerThereIsNoMailerAndNoJob() {
        runner.withPropertyValues("spring.mail.host=")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(ReportReminderMailer.class)
                        .doesNotHaveBean(ReportReminderJob.class));
    }

    @Test
    void aMailServerWithoutASenderAddressStopsTheStart() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org", "plan.mail.from=")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("PLAN_MAIL_FROM"));
    }

    @Test
    void aMailServerAndASenderGiveTheMailerAndTheDailyJob() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org", "plan.mail.from=portal@example.org")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .hasSingleBean(ReportReminderMailer.class)
                        .hasSingleBean(ReportReminderJob.class));
    }
}
