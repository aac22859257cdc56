package org.grassroots.plan.persistence.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar: periods, which missions filed for a period and when, a mission's own due dates, and a
 * mission's report counts. A mission has filed for a period once a report of it dated in the period reached
 * submitted, resubmitted or accepted ({@code reporting_filing} keeps the first such moment); whether that was on
 * time is decided by {@link org.grassroots.plan.core.deadline.ReportingDeadline}.
 */
@Repository
@Transactional(readOnly = true)
public class ReportCalendarQueries {

    /** Statuses of a filed report. Periods are whole months, so report_tally's monthly counts give the filed counts. */
    private static final String FILED = "('SUBMITTED', 'RESUBMITTED', 'ACCEPTED')";

    private final JdbcClient jdbc;

    ReportCalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportingPeriodRow> periods(FiscalYear fiscalYear) {
        return jdbc.sql("SELECT * FROM reporting_period WHERE fiscal_year = :year ORDER BY quarter")
                .param("year", fiscalYear.year())
                .query(ReportCalendarQueries::period)
                .list();
    }

    public Optional<ReportingPeriodRow> period(long id) {
        return jdbc.sql("SELECT * FROM reporting_period WHERE id = :id")
                .param("id", id)
                .query(ReportCalendarQueries::period)
                .optional();
    }

    /** The period containing the date. */
    public Optional<ReportingPeriodRow> periodOn(LocalDate date) {
        return jdbc.sql("SELECT * FROM reporting_period WHERE :day BETWEEN starts_on AND ends_on")
                .param("day", date)
                .query(ReportCalendarQueries::period)
                .optional();
    }

    /** Every mission's filing for the period at {@code now}, in mission order. */
    public List<ReportFilingRow> board(ReportingPeriodRow period, Instant now) {
        return jdbc.sql("""
                        SELECT m.code, m.name_ja, m.name_en, m.time_zone, f.first_filed_at,
                               (SELECT coalesce(sum(t.reports), 0) FROM report_tally t WHERE t.dimension = 'ALL'
                                  AND t.mission_code = m.code AND t.status IN %s
                                  AND t.activity_month BETWEEN :start AND :end) AS filed
                        FROM diplomatic_mission m
                        LEFT JOIN reporting_filing f ON f.mission_code = m.code AND f.period_id = :period
                        ORDER BY m.sort_order""".formatted(FILED))
                .param("start", period.startsOn())
                .param("end", period.endsOn())
                .param("period", period.id())
                .query((rs, n) -> filing(rs, period, now))
                .list();
    }

    /** A mission's filing for each period of a fiscal year, by quarter. */
    public List<ReportFilingRow> missionCalendar(String missionCode, FiscalYear fiscalYear, Instant now) {
        return filings(fiscalYear, now, missionCode);
    }

    /**
     * Every mission's filing for every period of a fiscal year (missions in order, then quarters): on time, late,
     * missing or open at {@code now}. The reporting-rate and timeliness figures rest on these rows.
     */
    public List<ReportFilingRow> timeliness(FiscalYear fiscalYear, Instant now) {
        return filings(fiscalYear, now, null);
    }

    private List<ReportFilingRow> filings(FiscalYear fiscalYear, Instant now, @Nullable String missionCode) {
        return jdbc.sql("""
                        SELECT p.*, m.code, m.name_ja, m.name_en, m.time_zone, f.first_filed_at,
                               (SELECT coalesce(sum(t.reports), 0) FROM report_tally t WHERE t.dimension = 'ALL'
                                  AND t.mission_code = m.code AND t.status IN %s
                                  AND t.activity_month BETWEEN p.starts_on AND p.ends_on) AS filed
                        FROM reporting_period p CROSS JOIN diplomatic_mission m
                        LEFT JOIN reporting_filing f ON f.mission_code = m.code AND f.period_id = p.id
                        WHERE p.fiscal_year = :year AND (CAST(:mission AS varchar) IS NULL OR m.code = :mission)
                        ORDER BY m.sort_order, p.quarter""".formatted(FILED))
                .param("year", fiscalYear.year())
                .param("mission", missionCode, Types.VARCHAR)
                .query((rs, n) -> filing(rs, period(rs, n), now))
                .list();
    }

    /**
     * A mission's reminders: the periods of this and the previous fiscal year (in Tokyo) that are overdue or due
     * soon, due at most 120 days ago, by due date. The mission page shows them; the reminder e-mails are sent from
     * them.
     */
    public List<ReportFilingRow> missionReminders(String missionCode, Instant now) {
        var today = LocalDate.ofInstant(now, FiscalYear.HQ_ZONE);
        var fiscalYear = FiscalYear.containing(today);
        var rows = new ArrayList<ReportFilingRow>(missionCalendar(missionCode, fiscalYear.previous(), now));
        rows.addAll(missionCalendar(missionCode, fiscalYear, now));
        return rows.stream()
                .filter(row -> row.isOverdue() || row.isDueSoon())
                .filter(row -> !row.period().dueOn().isBefore(today.minusDays(120)))
                .sorted(Comparator.comparing(row -> row.period().dueOn()))
                .toList();
    }

    /** Enabled mission reporters with an e-mail address, who receive reminder e-mails, by mission. */
    public List<ReminderRecipientRow> reminderRecipients() {
        return jdbc.sql("""
                        SELECT id, email, display_name, preferred_language, mission_code FROM app_user
                        WHERE role = 'MISSION_REPORTER' AND enabled AND mission_code IS NOT NULL
                          AND email IS NOT NULL AND btrim(email) <> ''
                        ORDER BY mission_code, id""")
                .query((rs, n) -> new ReminderRecipientRow(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Language.ofTag(rs.getString("preferred_language")),
                        rs.getString("mission_code")))
                .list();
    }

    /** A mission's reports per status, dated in the fiscal year and in the quarter [start, end] (within the year). */
    public List<ReportStatusCount> missionCounts(
            String missionCode, FiscalYear fiscalYear, LocalDate quarterStart, LocalDate quarterEnd) {
        return jdbc.sql("""
                        SELECT s.status,
                               count(r.id) FILTER (WHERE r.activity_date BETWEEN :fyStart AND :fyEnd) AS in_year,
                               count(r.id) FILTER (WHERE r.activity_date BETWEEN :qStart AND :qEnd) AS in_quarter
                        FROM (VALUES ('DRAFT', 1), ('SUBMITTED', 2), ('RESUBMITTED', 3), ('RETURNED', 4), ('ACCEPTED', 5))
                             AS s(status, position)
                        LEFT JOIN activity_report r ON r.status = s.status AND r.mission_code = :mission
                             AND r.activity_date BETWEEN :fyStart AND :fyEnd
                        GROUP BY s.status, s.position ORDER BY s.position""")
                .param("mission", missionCode)
                .param("fyStart", fiscalYear.start())
                .param("fyEnd", fiscalYear.end())
                .param("qStart", quarterStart)
                .param("qEnd", quarterEnd)
                .query((rs, n) -> new ReportStatusCount(
                        ActivityReportStatus.valueOf(rs.getString("status")),
                        rs.getLong("in_year"),
                        rs.getLong("in_quarter")))
                .list();
    }

    private static ReportFilingRow filing(ResultSet rs, ReportingPeriodRow period, Instant now) throws SQLException {
        var firstFiled = rs.getObject("first_filed_at", OffsetDateTime.class);
        return new ReportFilingRow(
                rs.getString("code"),
                ReportName.of(rs.getString("name_ja"), rs.getString("name_en")),
                ZoneId.of(rs.getString("time_zone")),
                period,
                rs.getLong("filed"),
                firstFiled == null ? null : firstFiled.toInstant(),
                now);
    }

    private static ReportingPeriodRow period(ResultSet rs, int rowNum) throws SQLException {
        return new ReportingPeriodRow(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getInt("fiscal_year"),
                rs.getInt("quarter"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class));
    }
}
