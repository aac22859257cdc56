package org.grassroots.plan.persistence.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What a mission page shows besides report counts: the mission, its jurisdiction and its filing per period. */
@Repository
@Transactional(readOnly = true)
public class MissionDashboardQueries {

    private final JdbcClient jdbc;

    public MissionDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CodeLabel> mission(String code) {
        return jdbc.sql("SELECT code, name_ja, name_en FROM diplomatic_mission WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new CodeLabel(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")))
                .optional();
    }

    public List<JurisdictionRow> jurisdiction(String missionCode) {
        return jdbc.sql("""
                        SELECT s.code, s.name_ja, s.name_en, j.whole_state, j.split_note
                        FROM mission_jurisdiction j JOIN us_state s ON s.code = j.state_code
                        WHERE j.mission_code = :mission ORDER BY s.name_en""")
                .param("mission", missionCode)
                .query((rs, n) -> new JurisdictionRow(
                        rs.getString("code"),
                        rs.getString("name_ja"),
                        rs.getString("name_en"),
                        rs.getBoolean("whole_state"),
                        rs.getString("split_note")))
                .list();
    }

    /**
     * The reporting periods of the fiscal year with the mission's filed reports in each and when the period counts
     * as filed ({@link FilingTimeliness}); one index-only scan of the mission's reports of the year.
     */
    public List<PeriodFilingRow> filing(String missionCode, int fiscalYear) {
        return jdbc.sql("""
                        SELECT p.fiscal_year, p.quarter, p.starts_on, p.ends_on, p.due_on, count(r.activity_date) AS filed,
                               %s AS filed_at
                        FROM reporting_period p
                        LEFT JOIN activity_report r ON r.mission_code = :mission
                             AND r.activity_date BETWEEN p.starts_on AND p.ends_on
                             AND r.status IN ('SUBMITTED', 'RESUBMITTED', 'ACCEPTED')
                        WHERE p.fiscal_year = :year
                        GROUP BY p.id ORDER BY p.quarter""".formatted(FilingTimeliness.FILED_AT_SQL))
                .param("mission", missionCode)
                .param("year", fiscalYear)
                .query((rs, n) -> {
                    Timestamp filedAt = rs.getTimestamp("filed_at");
                    return new PeriodFilingRow(
                            rs.getInt("fiscal_year"),
                            rs.getInt("quarter"),
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class),
                            rs.getObject("due_on", LocalDate.class),
                            rs.getLong("filed"),
                            filedAt == null ? null : filedAt.toInstant());
                })
                .list();
    }
}
