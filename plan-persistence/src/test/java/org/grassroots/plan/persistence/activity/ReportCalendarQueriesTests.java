package org.grassroots.plan.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class ReportCalendarQueriesTests {

    static final FiscalYear FY2019 = FiscalYear.of(2019);

    @Autowired
    ReportCalendarQueries calendar;

    @Autowired
    JdbcClient jdbc;

    long authorId;

    @BeforeEach
    void createAuthor() {
        authorId = jdbc.sql("INSERT INTO app_user (username, display_name, role) VALUES ('cal-hq', 'HQ', 'HQ_EDITOR')"
                        + " RETURNING id")
                .query(Long.class)
                .single();
        report("CG-CHI", "IL", "2019-05-01", "SUBMITTED");
        report("CG-CHI", "IL", "2019-06-30", "ACCEPTED");
        report("CG-CHI", "IL", "2019-06-30", "DRAFT");
        report("CG-LAX", "AZ", "2019-05-01", "DRAFT");
        report("CG-LAX", "AZ", "2019-05-02", "RETURNED");
        report("CG-NYC", "NY", "2019-04-01", "RESUBMITTED");
        report("CG-HOU", "TX", "2019-07-01", "SUBMITTED");
    }

    @Test
    void quartersAreSeededWithDueDatesFifteenDaysAfterTheyEnd() {
        var periods = calendar.periods(FY2019);

        assertThat(periods).extracting(ReportingPeriodRow::quarter).containsExactly(1, 2, 3, 4);
        assertThat(periods.get(0).startsOn()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(periods.get(0).endsOn()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(periods.get(0).dueOn()).isEqualTo(LocalDate.of(2019, 7, 15));
        assertThat(periods.get(3).endsOn()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(periods.get(3).dueOn()).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(calendar.periodOn(LocalDate.of(2019, 12, 31)).orElseThrow().quarter())
                .isEqualTo(3);
    }

    @Test
    void theBoardCountsSubmittedAndAcceptedReportsDatedInThePeriod() {
        var q1 = calendar.periods(FY2019).get(0);

        var board = byMission(calendar.board(q1, noonInTokyo(2019, 7, 20)));

        assertThat(board).hasSize(18);
        assertThat(board.get("CG-CHI").filed()).isEqualTo(2);
        assertThat(board.get("CG-NYC").filed()).isEqualTo(1);
        assertThat(board.get("CG-LAX").filed()).isZero();
        assertThat(board.get("CG-HOU").filed()).isZero();
        assertThat(board.get("CG-CHI").isOverdue()).isFalse();
        assertThat(board.get("CG-LAX").isOverdue()).isTrue();
        assertThat(board.values().stream().filter(ReportFilingRow::isOverdue).count())
                .isEqualTo(16);

        var beforeDue = byMission(calendar.board(q1, noonInTokyo(2019, 7, 10)));
        assertThat(beforeDue.get("CG-LAX").isOverdue()).isFalse();
        assertThat(beforeDue.get("CG-LAX").isDueSoon()).isTrue();
    }

    @Test
    void aMissionSeesItsOwnPeriodsAndCounts() {
        var chicago = calendar.missionCalendar("CG-CHI", FY2019, noonInTokyo(2019, 10, 20));
        assertThat(chicago).extracting(ReportFilingRow::filed).containsExactly(2L, 0L, 0L, 0L);
        assertThat(chicago.get(1).isOverdue()).isTrue();

        var counts =
                calendar.missionCounts("CG-CHI", FY2019, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30)).stream()
                        .collect(Collectors.toMap(ReportStatusCount::status, Function.identity()));
        assertThat(counts.get(ActivityReportStatus.SUBMITTED).fiscalYear()).isOne();
        assertThat(counts.get(ActivityReportStatus.ACCEPTED).quarter()).isOne();
        assertThat(counts.get(ActivityReportStatus.DRAFT).fiscalYear()).isOne();
        assertThat(counts.get(ActivityReportStatus.RETURNED).fiscalYear()).isZero();
    }

    static Instant noonInTokyo(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(12, 0)
                .atZone(FiscalYear.HQ_ZONE)
                .toInstant();
    }

    private static Map<String, ReportFilingRow> byMission(java.util.List<ReportFilingRow> rows) {
        return rows.stream().collect(Collectors.toMap(ReportFilingRow::missionCode, Function.identity()));
    }

    private void report(String mission, String state, String date, String status) {
        jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                            language, status, return_comment, author_id, last_modified_by_id)
                        VALUES (:mission, :state, CAST(:date AS date), 'SEMINAR_EVENT', 'Calendar test', 'en',
                            :status, :comment, :author, :author)""")
                .param("mission", mission)
                .param("state", state)
                .param("date", date)
                .param("status", status)
                .param("comment", "RETURNED".equals(status) ? "Please fix" : null)
                .param("author", authorId)
                .update();
    }
}
