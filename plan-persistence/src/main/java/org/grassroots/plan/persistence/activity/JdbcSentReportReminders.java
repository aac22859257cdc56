package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ReportReminderKind;
import org.grassroots.plan.core.activity.SentReportReminders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sent reminders in {@code report_reminder}; the unique constraint decides which node sends. */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcSentReportReminders implements SentReportReminders {

    private final JdbcClient jdbc;

    JdbcSentReportReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(long userId, long periodId, ReportReminderKind kind) {
        return jdbc.sql("""
                        INSERT INTO report_reminder (user_id, period_id, kind) VALUES (:user, :period, :kind)
                        ON CONFLICT (user_id, period_id, kind) DO NOTHING""")
                        .param("user", userId)
                        .param("period", periodId)
                        .param("kind", kind.name())
                        .update()
                == 1;
    }

    @Override
    public void release(long userId, long periodId, ReportReminderKind kind) {
        jdbc.sql("DELETE FROM report_reminder WHERE user_id = :user AND period_id = :period AND kind = :kind")
                .param("user", userId)
                .param("period", periodId)
                .param("kind", kind.name())
                .update();
    }
}
