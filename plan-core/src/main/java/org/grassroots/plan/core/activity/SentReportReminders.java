package org.grassroots.plan.core.activity;

/**
 * The reminders sent for the reporting calendar, shared by every node: a reminder is claimed before it is sent, and
 * only the caller whose claim succeeded sends it.
 */
public interface SentReportReminders {

    /** Records the reminder; {@code false} if it was already recorded (by this or another node). */
    boolean claim(long userId, long periodId, ReportReminderKind kind);

    /** Forgets a claimed reminder whose sending failed, so that the next run tries again. */
    void release(long userId, long periodId, ReportReminderKind kind);
}
