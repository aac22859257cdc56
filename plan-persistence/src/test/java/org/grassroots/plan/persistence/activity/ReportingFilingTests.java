package org.grassroots.plan.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.core.activity.ReportingPeriod;
import org.grassroots.plan.core.deadline.FilingStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.PersistenceTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When each mission first filed for each period (kept by the database) and on time / late / missing by the deadline
 * rule; periods for a fiscal year beyond the seeded ones.
 */
@PersistenceTest
@Import({ReportCalendarQueries.class, JdbcReportingYears.class})
class ReportingFilingTests {

    /** FY2033 Q2 (July to September 2033) is due on 15 October 2033. */
    static final FiscalYear FY2033 = FiscalYear.of(2033);

    @Autowired
    ReportCalendarQueries calendar;

    @Autowired
    JdbcReportingYears years;

    @Autowired
    JdbcClient jdbc;

    long authorId;

    @BeforeEach
    void createAuthor() {
        authorId = jdbc.sql(
                        "INSERT INTO app_user (username, display_name, role) VALUES ('filing-hq', 'HQ', 'HQ_EDITOR')"
                                + " RETURNING id")
                .query(Long.class)
                .single();
    }

    @Test
    void aLateFilingIsLateForeverAndAnOnTimeOneStaysOnTime() {
        // New York's deadline passes at 2033-10-16 00:00 EDT = 13:00 in Tokyo; Honolulu's at 19:00 in Tokyo.
        report("CG-NYC", "NY", "2033-08-01", "SUBMITTED", tokyo("2033-10-16T12:59"));
        long late = report("CG-HNL", "HI", "2033-09-30", "SUBMITTED", tokyo("2033-10-16T19:00"));
        report("CG-HNL", "HI", "2033-09-01", "SUBMITTED", tokyo("2033-10-20T09:00"));
        report("CG-CHI", "IL", "2033-08-01", "DRAFT", null);

        var q2 = byMission(calendar.timeliness(FY2033, tokyo("2033-11-01T09:00")), 2);
        assertThat(q2.get("CG-NYC").status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(q2.get("CG-HNL").status()).isEqualTo(FilingStatus.LATE);
        assertThat(q2.get("CG-HNL").filed()).isEqualTo(2);
        assertThat(q2.get("CG-CHI").status()).as("a draft is not a filing").isEqualTo(FilingStatus.MISSING);
        assertThat(q2.get("CG-CHI").isOverdue()).isTrue();

        // Returned and resubmitted after the deadline: the first filing still counts.
        jdbc.sql("UPDATE activity_report SET status = 'RETURNED', return_comment = 'Fix' WHERE mission_code = 'CG-NYC'"
                        + " AND activity_date = DATE '2033-08-01'")
                .update();
        jdbc.sql("UPDATE activity_report SET status = 'RESUBMITTED', submitted_at = :at WHERE mission_code = 'CG-NYC'"
                        + " AND activity_date = DATE '2033-08-01'")
                .param("at", java.sql.Timestamp.from(tokyo("2033-10-25T09:00")))
                .update();
        var again = byMission(calendar.timeliness(FY2033, tokyo("2033-11-01T09:00")), 2);
        assertThat(again.get("CG-NYC").status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(again.get("CG-NYC").firstFiledAt()).isEqualTo(tokyo("2033-10-16T12:59"));
        assertThat(again.get("CG-HNL").firstFiledAt()).isEqualTo(tokyo("2033-10-16T19:00"));
        assertThat(late).isPositive();
    }

    @Test
    void aMissionsCalendarIsItsPartOfTheWholeBoard() {
        report("CG-NYC", "NY", "2033-08-01", "SUBMITTED", tokyo("2033-10-16T12:59"));
        report("CG-HNL", "HI", "2033-05-01", "ACCEPTED", tokyo("2033-07-20T09:00"));
        var now = tokyo("2033-11-01T09:00");
        for (String mission : java.util.List.of("CG-NYC", "CG-HNL", "CG-CHI")) {
            assertThat(calendar.missionCalendar(mission, FY2033, now))
                    .as(mission)
                    .hasSize(4)
                    .containsExactlyElementsOf(calendar.timeliness(FY2033, now).stream()
                            .filter(row -> row.missionCode().equals(mission))
                            .toList());
        }
    }

    @Test
    void beforeTheDeadlineAnUnfiledPeriodIsOpenNotMissing() {
        var q2 = byMission(calendar.timeliness(FY2033, tokyo("2033-10-16T12:59")), 2);
        assertThat(q2.get("CG-NYC").status()).isEqualTo(FilingStatus.OPEN);
        assertThat(q2.get("CG-NYC").isDueSoon()).isTrue();
        assertThat(q2.get("CG-HGT").status()).as("Guam is ahead of Tokyo").isEqualTo(FilingStatus.MISSING);
    }

    @Test
    void fiscalYear2036GetsItsQuartersOnceWithTheFilingsAlreadyMade() {
        var fy2036 = FiscalYear.of(2036);
        jdbc.sql("DELETE FROM reporting_period WHERE fiscal_year = 2036").update();
        assertThat(years.exists(fy2036)).isFalse();
        report("CG-SEA", "WA", "2036-05-01", "ACCEPTED", tokyo("2036-05-02T10:00"));

        var periods = java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(
                        q -> new ReportingPeriod(fy2036, q, fy2036.quarterEnd(q).plusDays(15)))
                .toList();
        assertThat(years.create(fy2036, periods)).isEqualTo(4);
        assertThat(years.create(fy2036, periods)).as("a second node").isZero();

        var quarters = calendar.periods(fy2036);
        assertThat(quarters)
                .extracting(ReportingPeriodRow::startsOn)
                .containsExactly(
                        LocalDate.of(2036, 4, 1),
                        LocalDate.of(2036, 7, 1),
                        LocalDate.of(2036, 10, 1),
                        LocalDate.of(2037, 1, 1));
        assertThat(quarters.get(3).dueOn()).isEqualTo(LocalDate.of(2037, 4, 15));
        assertThat(calendar.periodOn(LocalDate.of(2036, 4, 1))).isPresent();
        var q1 = byMission(calendar.timeliness(fy2036, tokyo("2036-08-01T09:00")), 1);
        assertThat(q1.get("CG-SEA").status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(q1.get("CO-PDX").status()).isEqualTo(FilingStatus.MISSING);
    }

    private static Map<String, ReportFilingRow> byMission(java.util.List<ReportFilingRow> rows, int quarter) {
        return rows.stream()
                .filter(row -> row.period().quarter() == quarter)
                .collect(Collectors.toMap(ReportFilingRow::missionCode, Function.identity()));
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(FiscalYear.HQ_ZONE).toInstant();
    }

    private long report(String mission, String state, String date, String status, @Nullable Instant submittedAt) {
        return jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                            language, status, author_id, last_modified_by_id, submitted_at)
                        VALUES (:mission, :state, CAST(:date AS date), 'SEMINAR_EVENT', 'Filing test', 'en',
                            :status, :author, :author, :submitted) RETURNING id""")
                .param("mission", mission)
                .param("state", state)
                .param("date", date)
                .param("status", status)
                .param("author", authorId)
                .param("submitted", submittedAt == null ? null : java.sql.Timestamp.from(submittedAt))
                .query(Long.class)
                .single();
    }
}
