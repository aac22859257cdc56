package org.grassroots.plan.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.PersistenceTest;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.grassroots.plan.persistence.shared.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every report list costs the same number of statements with a few reports and with more than the count cap
 * ({@link CappedCount#CAP}): committed rows of one mission in FY2018, counted through a data source proxy.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ReportListStatementCountTests {

    private static final String MISSION = "CO-ANC";
    private static final FiscalYear FY = FiscalYear.of(2018);

    @Autowired
    DataSource dataSource;

    JdbcClient plain;
    StatementCounter counter;
    ReportQueries reports;
    ReportCalendarQueries calendar;
    String marker;
    long authorId;

    @BeforeEach
    void setUp() {
        plain = JdbcClient.create(dataSource);
        counter = new StatementCounter(dataSource);
        reports = new ReportQueries(counter.jdbc());
        calendar = new ReportCalendarQueries(counter.jdbc());
        marker = "count-" + UUID.randomUUID();
        authorId = plain.sql(
                        "INSERT INTO app_user (username, display_name, role) VALUES (:name, 'Counter', 'HQ_EDITOR')"
                                + " RETURNING id")
                .param("name", marker.substring(0, 40))
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeRows() {
        plain.sql("DELETE FROM activity_report WHERE author_id = :author")
                .param("author", authorId)
                .update();
        plain.sql("DELETE FROM app_user WHERE id = :author")
                .param("author", authorId)
                .update();
    }

    @Test
    void eachListCostsTheSameStatementsWithFewAndWithManyReports() {
        var search = new ReportSearch(MISSION, null, null, null, FY);
        var hq = new ReportViewer(Role.HQ_EDITOR, null, 0L);
        var reporter = new ReportViewer(Role.MISSION_REPORTER, MISSION, 0L);
        var waiting = new ReportSearch(MISSION, null, null, null, null);
        var period = calendar.periods(FY).get(0);
        var now = LocalDate.of(2018, 8, 1).atStartOfDay(FiscalYear.HQ_ZONE).toInstant();
        List<Supplier<?>> lists = List.of(
                () -> reports.search(search, hq, 0, 25),
                () -> reports.search(search, reporter, 3, 25),
                () -> reports.reviewQueue(waiting, 0, 25),
                () -> reports.missionReports(MISSION, 20),
                () -> calendar.board(period, now),
                () -> calendar.missionCalendar(MISSION, FY, now),
                () -> calendar.missionCounts(MISSION, FY, period.startsOn(), period.endsOn()));

        insert(8);
        var few = lists.stream().map(counter::count).toList();
        var fewPage = reports.search(search, hq, 0, 25);

        insert(CappedCount.CAP * 2);
        var many = lists.stream().map(counter::count).toList();
        var manyPage = reports.search(search, hq, 0, 25);

        assertThat(many).isEqualTo(few);
        assertThat(few).containsExactly(2, 2, 2, 1, 1, 1, 1);
        assertThat(fewPage.total())
                .as("HQ does not see the mission's one draft")
                .isEqualTo(7);
        assertThat(fewPage.totalCapped()).isFalse();
        assertThat(manyPage.total()).isEqualTo(CappedCount.CAP);
        assertThat(manyPage.totalCapped()).isTrue();
        assertThat(manyPage.rows()).hasSize(25);
        assertThat(manyPage.totalPages()).isEqualTo(CappedCount.CAP / 25);
    }

    @Test
    void theReviewQueuePagesOldestWaitingFirstAndTheMissionPageShowsAFewOfEachStatus() {
        insert(130);

        var first = reports.reviewQueue(new ReportSearch(MISSION, null, null, null, null), 0, 25);
        var second = reports.reviewQueue(new ReportSearch(MISSION, null, null, null, null), 1, 25);
        var mine = reports.missionReports(MISSION, 20);

        assertThat(first.rows()).hasSize(25);
        assertThat(first.total()).isEqualTo(52);
        assertThat(first.rows()).extracting(ReportRow::status).allMatch(ActivityReportStatus::isAwaitingReview);
        assertThat(first.rows().get(24).submittedAt())
                .isBeforeOrEqualTo(second.rows().get(0).submittedAt());
        assertThat(mine.stream().filter(row -> row.status() == ActivityReportStatus.DRAFT))
                .hasSize(21);
        assertThat(mine).hasSize(21 * 4);
    }

    /** {@code n} reports of the mission in FY2018, statuses in turn, submitted one hour apart. */
    private void insert(int n) {
        plain.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                            language, status, return_comment, author_id, last_modified_by_id, submitted_at)
                        SELECT :mission, 'AK', DATE '2018-04-01' + (g % 300), 'SEMINAR_EVENT', :marker, 'en',
                               (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED'])[1 + g % 5],
                               CASE WHEN g % 5 IN (2, 3) THEN 'Please fix' END, :author, :author,
                               CASE WHEN g % 5 <> 0 THEN TIMESTAMPTZ '2018-05-01 00:00+00' + g * INTERVAL '1 hour' END
                        FROM generate_series(1, :n) AS g""")
                .param("mission", MISSION)
                .param("marker", marker)
                .param("author", authorId)
                .param("n", n)
                .update();
    }
}
