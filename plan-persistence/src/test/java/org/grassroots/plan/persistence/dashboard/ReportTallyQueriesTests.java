package org.grassroots.plan.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.persistence.PersistenceTest;
import org.grassroots.plan.persistence.testing.TallyCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceTest
@Import(ReportTallyQueries.class)
class ReportTallyQueriesTests {

    @Autowired
    ReportTallyQueries tally;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    long authorId;

    @BeforeEach
    void createAuthor() {
        authorId = jdbc.sql(
                        "INSERT INTO app_user (username, display_name, role) VALUES ('tally-hq-' || gen_random_uuid(), 'HQ', 'HQ_EDITOR')"
                                + " RETURNING id")
                .query(Long.class)
                .single();
    }

    @Test
    void aReportOnTheLastDayOfMarchCountsInTheEndingFiscalYearAndOneOnFirstOfAprilInTheNext() {
        var fy2025 = DashboardPeriod.year(2025);
        var fy2026 = DashboardPeriod.year(2026);
        long before2025 = tally.accepted(TallyScope.state("OH"), fy2025);
        long before2026 = tally.accepted(TallyScope.state("OH"), fy2026);

        report("CG-DTW", "OH", "2026-03-31", "ACCEPTED", "ENERGY");
        report("CG-DTW", "OH", "2026-04-01", "ACCEPTED", "ENERGY");
        report("CG-DTW", "OH", "2026-04-02", "ACCEPTED", "ENERGY");

        assertThat(tally.accepted(TallyScope.state("OH"), fy2025)).isEqualTo(before2025 + 1);
        assertThat(tally.accepted(TallyScope.state("OH"), fy2026)).isEqualTo(before2026 + 2);
        assertThat(tally.accepted(TallyScope.state("OH"), new DashboardPeriod(fy2025.fiscalYear(), 4)))
                .isGreaterThanOrEqualTo(1);
        assertThat(tally.accepted(TallyScope.state("OH"), new DashboardPeriod(fy2026.fiscalYear(), 1)))
                .isGreaterThanOrEqualTo(2);
        assertThat(TallyCheck.differences(jdbc)).isEmpty();
    }

    @Test
    void reportsOfOneMonthCountUnderThePlanRevisionInEffectOnTheirDateAndMoveWithIt() {
        var december = new DashboardPeriod(org.grassroots.plan.core.fiscal.FiscalYear.of(2025), 3);
        var ap3 = new DashboardPeriod(december.fiscalYear(), 3, "AP-3.0");
        var ap4 = new DashboardPeriod(december.fiscalYear(), 3, "AP-4.0");
        long all = tally.accepted(TallyScope.state("VT"), december);
        long under3 = tally.accepted(TallyScope.state("VT"), ap3);
        long under4 = tally.accepted(TallyScope.state("VT"), ap4);
        long energyUnder4 = energy(ap4);

        long before = report("CG-BOS", "VT", "2025-12-17", "ACCEPTED", "ENERGY");
        report("CG-BOS", "VT", "2025-12-18", "ACCEPTED", "ENERGY");

        assertThat(tally.accepted(TallyScope.state("VT"), december)).isEqualTo(all + 2);
        assertThat(tally.accepted(TallyScope.state("VT"), ap3)).isEqualTo(under3 + 1);
        assertThat(tally.accepted(TallyScope.state("VT"), ap4)).isEqualTo(under4 + 1);
        assertThat(energy(ap4)).isEqualTo(energyUnder4 + 1);

        jdbc.sql("UPDATE activity_report SET activity_date = DATE '2025-12-20' WHERE id = :id")
                .param("id", before)
                .update();
        assertThat(tally.accepted(TallyScope.state("VT"), ap3)).isEqualTo(under3);
        assertThat(tally.accepted(TallyScope.state("VT"), ap4)).isEqualTo(under4 + 2);
        assertThat(energy(ap4)).isEqualTo(energyUnder4 + 2);
        assertThat(TallyCheck.differences(jdbc)).isEmpty();
    }

    @Test
    void everyKindOfChangeKeepsTheTallyEqualToTheRawRows() {
        long a = report("CG-CHI", "IL", "2019-05-01", "DRAFT", "ENERGY");
        long b = report("CG-CHI", "IL", "2019-05-20", "SUBMITTED", "ENERGY");
        assertThat(TallyCheck.differences(jdbc)).isEmpty();

        status(a, "SUBMITTED");
        status(b, "RETURNED");
        status(b, "RESUBMITTED");
        status(a, "ACCEPTED");
        jdbc.sql("UPDATE activity_report SET state_code = 'WI', activity_date = DATE '2019-07-01',"
                        + " interest_tier_code = NULL WHERE id = :id")
                .param("id", a)
                .update();
        jdbc.sql(
                        "INSERT INTO activity_report_priority_area (report_id, priority_area_code)"
                                + " SELECT :id, code FROM priority_area WHERE leaf AND code <> 'ENERGY' ORDER BY sort_order LIMIT 1")
                .param("id", a)
                .update();
        jdbc.sql("DELETE FROM activity_report_priority_area WHERE report_id = :id AND priority_area_code = 'ENERGY'")
                .param("id", a)
                .update();
        assertThat(TallyCheck.differences(jdbc)).isEmpty();

        status(a, "RETURNED");
        jdbc.sql("DELETE FROM activity_report WHERE id = :id").param("id", b).update();
        assertThat(TallyCheck.differences(jdbc)).isEmpty();

        jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                                     language, status, author_id, last_modified_by_id, audience_code)
                        SELECT 'CG-NYC', 'NY', DATE '2019-04-01' + (g % 400), 'OTHER', 'bulk ' || g, 'en',
                               CASE WHEN g % 3 = 0 THEN 'ACCEPTED' ELSE 'SUBMITTED' END, :author, :author,
                               (SELECT code FROM audience ORDER BY sort_order LIMIT 1)
                        FROM generate_series(1, 500) AS g""").param("author", authorId).update();
        jdbc.sql("INSERT INTO activity_report_priority_area (report_id, priority_area_code)"
                        + " SELECT id, 'ENERGY' FROM activity_report WHERE summary LIKE 'bulk %'")
                .update();
        assertThat(TallyCheck.differences(jdbc)).isEmpty();

        long written =
                jdbc.sql("SELECT rebuild_report_summaries()").query(Long.class).single();
        assertThat(written).isPositive();
        assertThat(TallyCheck.differences(jdbc)).isEmpty();
    }

    @Test
    void aReportWithNoStateCountsNationallyAndInNoState() {
        jdbc.sql("ALTER TABLE activity_report ALTER COLUMN state_code DROP NOT NULL")
                .update();
        var period = DashboardPeriod.year(2018);
        long national = tally.accepted(TallyScope.national(), period);
        long states = tally.acceptedByState(TallyDimension.ALL, null, TallyScope.national(), period).stream()
                .mapToLong(CodeCount::count)
                .sum();

        report("EMB-WDC", null, "2018-06-01", "ACCEPTED", "ENERGY");

        assertThat(tally.accepted(TallyScope.national(), period)).isEqualTo(national + 1);
        assertThat(tally.acceptedByState(TallyDimension.ALL, null, TallyScope.national(), period).stream()
                        .mapToLong(CodeCount::count)
                        .sum())
                .isEqualTo(states);
        assertThat(TallyCheck.differences(jdbc)).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void eachQueryIsOneStatementAtFewAndAtManyReports() {
        var statements = new AtomicInteger();
        var counting = new ReportTallyQueries(JdbcClient.create(counting(dataSource, statements)));
        var period = DashboardPeriod.year(2017);

        int few = runAll(counting, period, statements);
        jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                                     language, status, author_id, last_modified_by_id)
                        SELECT 'CG-LAX', 'CA', DATE '2017-04-01' + (g % 365), 'OTHER', 'tally-many ' || g, 'en', 'ACCEPTED',
                               :author, :author FROM generate_series(1, 5000) AS g""").param("author", authorId).update();
        int many = runAll(counting, period, statements);

        try {
            assertThat(many).isEqualTo(few).isEqualTo(7);
            assertThat(counting.byStatus(TallyScope.state("CA"), period).get(ActivityReportStatus.ACCEPTED))
                    .isGreaterThanOrEqualTo(5000);
        } finally {
            jdbc.sql("DELETE FROM activity_report WHERE summary LIKE 'tally-many %'")
                    .update();
            jdbc.sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", authorId)
                    .update();
        }
    }

    private static int runAll(ReportTallyQueries queries, DashboardPeriod period, AtomicInteger statements) {
        statements.set(0);
        queries.accepted(TallyScope.national(), period);
        queries.acceptedByState(TallyDimension.AREA, "ENERGY", TallyScope.national(), period);
        queries.acceptedBy(TallyDimension.TIER, TallyScope.state("CA"), period);
        queries.acceptedByMonth(TallyScope.mission("CG-LAX"), period.firstDay(), period.lastDay(), null);
        queries.acceptedByStateAndArea(TallyScope.national(), period);
        queries.byStatus(TallyScope.mission("CG-LAX"), period);
        queries.awaitingReview(TallyScope.national());
        return statements.get();
    }

    static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(
                ReportTallyQueriesTests.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    if (m.getName().equals("equals")) {
                        return p == args[0];
                    }
                    if (m.getName().equals("hashCode")) {
                        return System.identityHashCode(p);
                    }
                    Object result = m.invoke(target, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(
                                ReportTallyQueriesTests.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (cp, cm, cargs) -> {
                                    if (cm.getName().startsWith("prepare")
                                            || cm.getName().equals("createStatement")) {
                                        statements.incrementAndGet();
                                    }
                                    return cm.invoke(connection, cargs);
                                });
                    }
                    return result;
                });
    }

    private void status(long id, String status) {
        jdbc.sql("UPDATE activity_report SET status = :status,"
                        + " return_comment = CASE WHEN :status = 'RETURNED' THEN 'fix it' ELSE return_comment END"
                        + " WHERE id = :id")
                .param("status", status)
                .param("id", id)
                .update();
    }

    private long energy(DashboardPeriod period) {
        return tally.acceptedBy(TallyDimension.AREA, TallyScope.state("VT"), period).stream()
                .filter(count -> "ENERGY".equals(count.code()))
                .mapToLong(CodeCount::count)
                .sum();
    }

    private long report(String mission, String state, String date, String status, String area) {
        long id = jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                                     language, status, return_comment, author_id, last_modified_by_id,
                                                     interest_tier_code)
                        VALUES (:mission, :state, CAST(:date AS date), 'OTHER', 'tally test', 'en', :status,
                                CASE WHEN :status = 'RETURNED' THEN 'fix it' END, :author, :author,
                                (SELECT code FROM interest_tier ORDER BY sort_order LIMIT 1))
                        RETURNING id""")
                .param("mission", mission)
                .param("state", state)
                .param("date", date)
                .param("status", status)
                .param("author", authorId)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO activity_report_priority_area (report_id, priority_area_code) VALUES (:id, :area)")
                .param("id", id)
                .param("area", area)
                .update();
        return id;
    }
}
