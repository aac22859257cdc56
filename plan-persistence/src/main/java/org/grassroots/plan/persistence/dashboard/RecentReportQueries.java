package org.grassroots.plan.persistence.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.shared.Language;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The latest reports a dashboard lists, newest activity first, each list one statement with a limit. */
@Repository
@Transactional(readOnly = true)
public class RecentReportQueries {

    private static final String SELECT = """
            SELECT r.id, r.activity_date, r.status, r.mission_code, m.name_ja AS mission_ja, m.name_en AS mission_en,
                   r.state_code, s.name_ja AS state_ja, s.name_en AS state_en, left(r.summary, 140) AS excerpt, r.language
            FROM activity_report r
            JOIN diplomatic_mission m ON m.code = r.mission_code
            LEFT JOIN us_state s ON s.code = r.state_code
            """;

    private final JdbcClient jdbc;

    public RecentReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accepted reports dated in the period, of one state and/or one priority area (null = any). */
    public List<RecentReportRow> accepted(
            @Nullable String stateCode, @Nullable String areaCode, DashboardPeriod period, int limit) {
        var params = new HashMap<String, Object>();
        var where = new StringBuilder(" WHERE r.status = 'ACCEPTED' AND r.activity_date BETWEEN :from AND :to");
        params.put("from", period.firstDay());
        params.put("to", period.lastDay());
        if (period.planRevision() != null) {
            where.append(" AND r.plan_revision_code = :revision");
            params.put("revision", period.planRevision());
        }
        params.put("limit", limit);
        if (stateCode != null) {
            where.append(" AND r.state_code = :state");
            params.put("state", stateCode);
        }
        if (areaCode != null) {
            where.append(" AND EXISTS (SELECT 1 FROM activity_report_priority_area a"
                    + " WHERE a.report_id = r.id AND a.priority_area_code = :area)");
            params.put("area", areaCode);
        }
        return jdbc.sql(SELECT + where + " ORDER BY r.activity_date DESC, r.id DESC LIMIT :limit")
                .params(params)
                .query(RecentReportQueries::row)
                .list();
    }

    /** A mission's drafts and returned reports: the work still in its hands, oldest activity first. */
    public List<RecentReportRow> openWork(String missionCode, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE r.mission_code = :mission AND r.status IN ('DRAFT', 'RETURNED')
                         ORDER BY (r.status = 'RETURNED') DESC, r.activity_date, r.id LIMIT :limit""")
                .param("mission", missionCode)
                .param("limit", limit)
                .query(RecentReportQueries::row)
                .list();
    }

    private static RecentReportRow row(ResultSet rs, int n) throws SQLException {
        return new RecentReportRow(
                rs.getLong("id"),
                rs.getObject("activity_date", LocalDate.class),
                ActivityReportStatus.valueOf(rs.getString("status")),
                new CodeLabel(rs.getString("mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")),
                CodeLabel.of(rs.getString("state_code"), rs.getString("state_ja"), rs.getString("state_en")),
                rs.getString("excerpt"),
                Language.ofTag(rs.getString("language")));
    }
}
