package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.grassroots.plan.core.activity.ReportReminderKind;
import org.grassroots.plan.core.activity.SentReportReminders;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.web.WebIntegrationTest;
import org.grassroots.plan.web.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The reminder e-mails, sent by the portal's own mailer and daily job through the SMTP server the whole test run
 * shares ({@link TestMailServer}, set as {@code PLAN_MAIL_HOST}), on the test database.
 */
@WebIntegrationTest
class ReportReminderMailerTests {

    /** FY2034 Q1 (April to June 2034) was due on 15 July 2034; Q2 is due on 15 October 2034. */
    private static final Instant DAY_AFTER_Q1_DUE =
            LocalDate.of(2034, 8, 20).atTime(9, 0).atZone(FiscalYear.HQ_ZONE).toInstant();

    private static final String OVERDUE_MISSION = "CG-DEN";
    private static final String FILED_MISSION = "CG-MIA";

    @Autowired
    ReportCalendarQueries calendar;

    @Autowired
    SentReportReminders sent;

    @Autowired
    ReportReminderMailer mailer;

    @Autowired
    ReportReminderJob job;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduledTaskHolder scheduled;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> filedReports = new ArrayList<>();

    /** The shared database's reports are the demo data's (other tests check them): remove the future report. */
    @AfterEach
    void removeFiledReports() {
        if (!filedReports.isEmpty()) {
            jdbc.sql("DELETE FROM activity_report WHERE id IN (:ids)")
                    .param("ids", filedReports)
                    .update();
        }
    }

    @Test
    void anOverdueMissionsReportersAreRemindedOnceInTheirLanguage() throws Exception {
        String japanese = reporter("rem-ja", OVERDUE_MISSION, "ja", true);
        String english = reporter("rem-en", OVERDUE_MISSION, "en", true);
        reporter("rem-noaddr", OVERDUE_MISSION, "en", false);
        String filed = reporter("rem-filed", FILED_MISSION, "en", true);
        fileReport(FILED_MISSION, LocalDate.of(2034, 5, 10), filed);

        mailer.sendReminders(DAY_AFTER_Q1_DUE);

        List<MimeMessage> toJapanese = mailsTo(japanese);
        assertThat(toJapanese).hasSize(1);
        MimeMessage ja = toJapanese.get(0);
        assertThat(ja.getSubject()).contains("2034年度第1四半期").contains("提出期限を過ぎています");
        assertThat(ja.getFrom()[0].toString()).isEqualTo(TestMailServer.FROM);
        assertThat(body(ja))
                .contains("Reporter rem-ja 様")
                .contains("2034年度第1四半期")
                .contains("2034年7月15日")
                .contains("https://plan.example.org/reports/mine");

        List<MimeMessage> toEnglish = mailsTo(english);
        assertThat(toEnglish).hasSize(1);
        MimeMessage en = toEnglish.get(0);
        assertThat(en.getSubject()).isEqualTo("[Plan Portal] Activity reports for FY2034 Q1 are overdue");
        assertThat(body(en))
                .contains("Dear Reporter rem-en,")
                .contains("FY2034 Q1")
                .contains("15 Jul 2034")
                .contains("https://plan.example.org/reports/mine");

        assertThat(mailsTo(filed)).as("a mission that filed for the period").isEmpty();
        assertThat(mailsTo(addressOf("rem-noaddr"))).isEmpty();

        int received = TestMailServer.received().length;
        assertThat(mailer.sendReminders(DAY_AFTER_Q1_DUE)).as("second run").isZero();
        assertThat(TestMailServer.received()).hasSize(received);
    }

    @Test
    void aReminderClaimedByAnotherNodeIsNotSentAgain() throws Exception {
        String reporter = reporter("rem-node", OVERDUE_MISSION, "en", true);
        long userId = jdbc.sql("SELECT id FROM app_user WHERE email = :email")
                .param("email", reporter)
                .query(Long.class)
                .single();
        long periodId = calendar.missionReminders(OVERDUE_MISSION, DAY_AFTER_Q1_DUE).stream()
                .filter(row -> row.period().fiscalYear() == 2034 && row.period().quarter() == 1)
                .findFirst()
                .orElseThrow()
                .period()
                .id();
        assertThat(sent.claim(userId, periodId, ReportReminderKind.OVERDUE))
                .as("the other node's claim")
                .isTrue();

        mailer.sendReminders(DAY_AFTER_Q1_DUE);

        assertThat(mailsTo(reporter)).isEmpty();
    }

    /**
     * The job is scheduled at {@code plan.reminders.cron} and sends the reminders of the clock's today: a reporter
     * of every mission (new in this run) hears about exactly the periods the calendar says are due or overdue.
     */
    @Test
    void theDailyJobIsScheduledAndRemindsForTheClocksToday() throws Exception {
        assertThat(scheduled.getScheduledTasks())
                .extracting(task -> task.getTask().toString())
                .anySatisfy(name -> assertThat(name).contains("ReportReminderJob.run"));
        Instant now = clock.instant();
        var missionCodes = jdbc.sql("SELECT code FROM diplomatic_mission ORDER BY code")
                .query(String.class)
                .list();
        var expected = new ArrayList<String>();
        var quiet = new ArrayList<String>();
        for (String mission : missionCodes) {
            String address = reporter("job-" + mission.toLowerCase(), mission, "en", true);
            boolean due = calendar.missionReminders(mission, now).stream()
                    .anyMatch(row -> ReportReminderMailer.kindOf(row, now).isPresent());
            (due ? expected : quiet).add(address);
        }

        job.run();

        expected.forEach(address -> assertThat(mailsTo(address)).as(address).isNotEmpty());
        quiet.forEach(address -> assertThat(mailsTo(address)).as(address).isEmpty());
        assertThat(mailer.sendReminders(now))
                .as("all of today's reminders went out once")
                .isZero();
    }

    /** Creates a reporter and returns their e-mail address (or the one they would have). */
    private String reporter(String name, String mission, String language, boolean withEmail) {
        String email = addressOf(name);
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, email, role, mission_code, preferred_language)
                        VALUES (:username, :displayName, :email, 'MISSION_REPORTER', :mission, :language)""")
                .param("username", name + "-" + suffix)
                .param("displayName", "Reporter " + name)
                .param("email", withEmail ? email : null)
                .param("mission", mission)
                .param("language", language)
                .update();
        return email;
    }

    private String addressOf(String name) {
        return name + "-" + suffix + "@example.org";
    }

    private void fileReport(String mission, LocalDate date, String authorEmail) {
        filedReports.add(jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                                     language, status, author_id, last_modified_by_id)
                        SELECT :mission, 'FL', :date, 'SEMINAR_EVENT', 'Seminar', 'en', 'SUBMITTED', id, id
                        FROM app_user WHERE email = :email RETURNING id""")
                .param("mission", mission)
                .param("date", date)
                .param("email", authorEmail)
                .query(Long.class)
                .single());
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestMailServer.received())
                .filter(message -> {
                    try {
                        var to = message.getRecipients(Message.RecipientType.TO);
                        return to != null
                                && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }
}
