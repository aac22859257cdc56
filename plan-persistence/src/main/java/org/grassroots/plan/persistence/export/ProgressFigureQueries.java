package org.grassroots.plan.persistence.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the progress summary, counted from the raw rows: accepted reports of the period by priority area
 * (each area a report names counts it once) and by state, and the headline.
 */
@Repository
public class ProgressFigureQueries {

    private final JdbcClient jdbc;

    public ProgressFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ProgressFigures figures(ExportFilter filter) {
        return new ProgressFigures(headline(filter), byArea(filter), byState(filter));
    }

    private ProgressFigures.Headline headline(ExportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String reports = "SELECT count(*) AS reports, coalesce(sum(r.participants), 0) AS participants,"
                + " count(DISTINCT r.state_code) AS states, count(DISTINCT r.mission_code) AS missions"
                + " FROM activity_report r WHERE r.status = 'ACCEPTED' AND" + filter.reportConditions(params);
        String initiatives = "SELECT count(*) AS initiatives, count(*) FILTER (WHERE i.status = 'ACTIVE') AS active"
                + " FROM initiative i WHERE" + filter.initiativeConditions(params);
        return jdbc.sql("SELECT * FROM (" + reports + ") a, (" + initiatives + ") b")
                .params(params)
                .query((rs, n) -> new ProgressFigures.Headline(
                        rs.getLong("reports"),
                        rs.getLong("participants"),
                        rs.getLong("states"),
                        rs.getLong("missions"),
                        rs.getLong("initiatives"),
                        rs.getLong("active")))
                .single();
    }

    private List<ProgressFigures.Count> byArea(ExportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "WITH counted AS (SELECT x.priority_area_code AS code, count(*) AS reports,"
                + " coalesce(sum(r.participants), 0) AS participants FROM activity_report r"
                + " JOIN activity_report_priority_area x ON x.report_id = r.id WHERE r.status = 'ACCEPTED' AND"
                + filter.reportConditions(params) + " GROUP BY x.priority_area_code)"
                + " SELECT p.code, p.label_ja, p.label_en, coalesce(c.reports, 0) AS reports,"
                + " coalesce(c.participants, 0) AS participants FROM priority_area p LEFT JOIN counted c"
                + " ON c.code = p.code WHERE p.leaf"
                + (filter.areas().isEmpty() ? "" : " AND (p.code IN (:areas) OR p.parent_code IN (:areas))")
                + " ORDER BY p.sort_order";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new ProgressFigures.Count(
                        new CodeLabel(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en")),
                        rs.getLong("reports"),
                        rs.getLong("participants")))
                .list();
    }

    private List<ProgressFigures.Count> byState(ExportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "WITH counted AS (SELECT r.state_code AS code, count(*) AS reports,"
                + " coalesce(sum(r.participants), 0) AS participants FROM activity_report r"
                + " WHERE r.status = 'ACCEPTED' AND" + filter.reportConditions(params) + " GROUP BY r.state_code)"
                + " SELECT s.code, s.name_ja, s.name_en, coalesce(c.reports, 0) AS reports,"
                + " coalesce(c.participants, 0) AS participants FROM us_state s LEFT JOIN counted c"
                + " ON c.code = s.code" + (filter.states().isEmpty() ? "" : " WHERE s.code IN (:states)")
                + " ORDER BY s.code";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new ProgressFigures.Count(
                        new CodeLabel(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")),
                        rs.getLong("reports"),
                        rs.getLong("participants")))
                .list();
    }
}
