package org.grassroots.plan.web.activity;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.plan.core.activity.ReportReminderKind;
import org.grassroots.plan.core.activity.SentReportReminders;
import org.grassroots.plan.persistence.activity.ReminderRecipientRow;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.persistence.activity.ReportFilingRow;
import org.grassroots.plan.web.config.DisplayFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mails every mission reporter with an address about their mission's reminders (the ones its page shows) that
 * are overdue or due within a week, in the reporter's language. Each reminder (reporter, period, kind) is claimed in
 * the database before it is sent, so that it goes out once however many nodes run this; a failed send releases the
 * claim so that the next run tries again.
 */
class ReportReminderMailer {

    static final int DUE_SOON_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(ReportReminderMailer.class);

    private final ReportCalendarQueries calendar;
    private final SentReportReminders sent;
    private final JavaMailSender mailSender;
    private final MessageSource messages;
    private final DisplayFormats fmt;
    private final DeadlineFormats deadlines;
    private final String from;
    private final String portalLink;

    ReportReminderMailer(
            ReportCalendarQueries calendar,
            SentReportReminders sent,
            JavaMailSender mailSender,
            MessageSource messages,
            DisplayFormats fmt,
            DeadlineFormats deadlines,
            String from,
            String baseUrl) {
        this.calendar = calendar;
        this.sent = sent;
        this.mailSender = mailSender;
        this.messages = messages;
        this.fmt = fmt;
        this.deadlines = deadlines;
        this.from = from;
        this.portalLink = baseUrl.replaceAll("/+$", "") + "/reports/mine";
    }

    /**
     * Sends the reminders due at {@code now}: overdue once the deadline (end of the due date in the mission's time
     * zone) has passed, due soon within a week of it; returns how many this node sent.
     */
    int sendReminders(Instant now) {
        var remindersByMission = new HashMap<String, List<ReportFilingRow>>();
        int count = 0;
        for (ReminderRecipientRow recipient : calendar.reminderRecipients()) {
            var reminders = remindersByMission.computeIfAbsent(
                    recipient.missionCode(), mission -> calendar.missionReminders(mission, now));
            for (ReportFilingRow reminder : reminders) {
                var kind = kindOf(reminder, now);
                if (kind.isPresent() && send(recipient, reminder, kind.get())) {
                    count++;
                }
            }
        }
        if (count > 0) {
            log.info("Sent {} reporting reminder e-mail(s)", count);
        }
        return count;
    }

    static Optional<ReportReminderKind> kindOf(ReportFilingRow row, Instant now) {
        if (row.isOverdue()) {
            return Optional.of(ReportReminderKind.OVERDUE);
        }
        if (row.isDueSoon() && row.deadline().passesWithin(Duration.ofDays(DUE_SOON_DAYS), now)) {
            return Optional.of(ReportReminderKind.DUE_SOON);
        }
        return Optional.empty();
    }

    private boolean send(ReminderRecipientRow recipient, ReportFilingRow reminder, ReportReminderKind kind) {
        long periodId = reminder.period().id();
        if (!sent.claim(recipient.userId(), periodId, kind)) {
            return false;
        }
        try {
            mailSender.send(message(recipient, reminder, kind));
            return true;
        } catch (MailException | jakarta.mail.MessagingException e) {
            sent.release(recipient.userId(), periodId, kind);
            log.warn(
                    "Could not send the {} reminder for reporting period {} to user {}: {}",
                    kind,
                    periodId,
                    recipient.userId(),
                    e.getMessage());
            return false;
        }
    }

    private MimeMessage message(ReminderRecipientRow recipient, ReportFilingRow reminder, ReportReminderKind kind)
            throws jakarta.mail.MessagingException {
        Locale locale = recipient.language().locale();
        var period = reminder.period();
        String periodName = fmt.fiscalQuarter(period.fiscalYear(), period.quarter(), locale);
        String subject =
                messages.getMessage("reports.reminder.subject." + kind.name(), new Object[] {periodName}, locale);
        String body = messages.getMessage(
                "deadlines.reminder.body." + kind.name(),
                new Object[] {
                    recipient.displayName(),
                    periodName,
                    deadlines.local(reminder.deadline(), locale),
                    portalLink,
                    deadlines.tokyo(reminder.deadline(), locale)
                },
                locale);
        MimeMessage mime = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(subject);
        helper.setText(body, false);
        return mime;
    }
}
