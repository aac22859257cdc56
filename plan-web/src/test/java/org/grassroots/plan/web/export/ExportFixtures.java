package org.grassroots.plan.web.export;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports written straight into the shared test database for the export tests, on a day of their own (random,
 * in FY2017–FY2018, where neither the demo data nor other tests put reports), so counts are the test's own.
 */
final class ExportFixtures {

    private final JdbcClient jdbc;
    private final long author;
    final LocalDate day;
    final String word;

    ExportFixtures(ApplicationContext context) {
        this(
                context,
                LocalDate.of(2017, 4, 1).plusDays(ThreadLocalRandom.current().nextInt(720)));
    }

    /** Reports on a day the test chooses (e.g. in a quarter nobody has issued yet). */
    ExportFixtures(ApplicationContext context, LocalDate day) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.author = new TestUsers(context).ensure("test-export-author", Role.MISSION_REPORTER, "CG-CHI");
        this.day = day;
        this.word = "x" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A report of CG-CHI in {@code state} on the fixture's day, tagged with one priority area; returns its id. */
    long report(String state, String status, Integer participants, String summary, String area) {
        long id = jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, city, activity_date, activity_type,
                            participants, summary, language, status, author_id, last_modified_by_id, submitted_at)
                        VALUES ('CG-CHI', :state, 'Chicago', :day, 'SEMINAR_EVENT', :participants, :summary, 'ja',
                            :status, :author, :author, CASE WHEN :status <> 'DRAFT' THEN now() END)
                        RETURNING id""")
                .param("state", state)
                .param("day", day)
                .param("participants", participants)
                .param("summary", summary)
                .param("status", status)
                .param("author", author)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO activity_report_priority_area (report_id, priority_area_code) VALUES (:id, :area)")
                .param("id", id)
                .param("area", area)
                .update();
        return id;
    }

    void changeSummary(long id, String summary) {
        jdbc.sql("UPDATE activity_report SET summary = :s, participants = coalesce(participants, 0) + 1 WHERE id = :id")
                .param("s", summary)
                .param("id", id)
                .update();
    }
}
