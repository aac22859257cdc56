package org.grassroots.plan.persistence.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.core.shared.Language;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report list, the review queue and a mission's reports, each in a fixed number of queries whatever the number
 * of reports: lists count at most {@link CappedCount#CAP} rows and read one page. A report's page is read by
 * {@link ReportDetailQueries}.
 */
@Repository
@Transactional(readOnly = true)
public class ReportQueries {

    private static final String ROW_SELECT = """
            SELECT r.id, r.activity_date, r.status, r.activity_type, r.mission_code, m.name_ja AS mission_ja,
                   m.name_en AS mission_en, r.state_code, s.name_ja AS state_ja, s.name_en AS state_en, r.city,
                   left(r.summary, 160) AS summary_excerpt, r.language, r.submitted_at, r.return_comment,
                   u.display_name AS author_name,
                   (SELECT string_agg(pa.label_ja, '、' ORDER BY pa.sort_order) FROM activity_report_priority_area rpa
                      JOIN priority_area pa ON pa.code = rpa.priority_area_code WHERE rpa.report_id = r.id) AS areas_ja,
                   (SELECT string_agg(pa.label_en, '; ' ORDER BY pa.sort_order) FROM activity_report_priority_area rpa
                      JOIN priority_area pa ON pa.code = rpa.priority_area_code WHERE rpa.report_id = r.id) AS areas_en
            FROM activity_report r
            JOIN diplomatic_mission m ON m.code = r.mission_code
            LEFT JOIN us_state s ON s.code = r.state_code
            JOIN app_user u ON u.id = r.author_id
            """;

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the reports the viewer may see, newest activity first. */
    public ReportPage search(ReportSearch search, ReportViewer viewer, int page, int size) {
        var params = new HashMap<String, Object>();
        var where = where(search, params);
        if (!viewer.seesAllDrafts()) {
            where.append(" AND (r.status <> 'DRAFT' OR r.mission_code = :viewerMission OR r.author_id = :viewerId)");
            params.put("viewerMission", viewer.missionCode() == null ? "" : viewer.missionCode());
            params.put("viewerId", viewer.userId());
        }
        return page(where, params, "r.activity_date DESC, r.id DESC", page, size);
    }

    /** A page of the reports waiting for review, the longest-waiting first. */
    public ReportPage reviewQueue(ReportSearch search, int page, int size) {
        var params = new HashMap<String, Object>();
        var where = where(search, params).append(" AND r.status IN ('SUBMITTED', 'RESUBMITTED')");
        return page(where, params, "r.submitted_at ASC, r.id ASC", page, size);
    }

    private ReportPage page(StringBuilder where, Map<String, Object> params, String orderBy, int page, int size) {
        var count = CappedCount.of(jdbc.sql(CappedCount.sql("FROM activity_report r WHERE " + where))
                .params(params)
                .query(Long.class)
                .single());
        int pageNumber = Math.min(Math.max(0, page), count.pages(size) - 1);
        params.put("limit", size);
        params.put("offset", (long) pageNumber * size);
        var rows = jdbc.sql(ROW_SELECT + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ReportQueries::row)
                .list();
        return new ReportPage(rows, pageNumber, size, count.value(), count.capped());
    }

    /**
     * A mission's reports by status group: its drafts, returned, waiting (submitted or resubmitted) and accepted
     * reports, at most {@code limit + 1} of each (the newest activity first), so that the page can say there are
     * more; one statement whatever the number of reports.
     */
    public List<ReportRow> missionReports(String missionCode, int limit) {
        String group = "(" + ROW_SELECT + """
                 WHERE r.mission_code = :mission AND r.status IN (%s)
                 ORDER BY r.activity_date DESC, r.id DESC LIMIT :limit)""";
        return jdbc.sql(String.join(
                        " UNION ALL ",
                        group.formatted("'DRAFT'"),
                        group.formatted("'RETURNED'"),
                        group.formatted("'SUBMITTED', 'RESUBMITTED'"),
                        group.formatted("'ACCEPTED'")))
                .param("mission", missionCode)
                .param("limit", limit + 1)
                .query(ReportQueries::row)
                .list();
    }

    private static StringBuilder where(ReportSearch search, Map<String, Object> params) {
        var where = new StringBuilder("TRUE");
        if (search.missionCode() != null) {
            where.append(" AND r.mission_code = :mission");
            params.put("mission", search.missionCode());
        }
        if (ReportContent.NATIONAL.equals(search.stateCode())) {
            where.append(" AND r.state_code IS NULL");
        } else if (search.stateCode() != null) {
            where.append(" AND r.state_code = :state");
            params.put("state", search.stateCode());
        }
        if (search.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", search.status().name());
        }
        if (search.priorityAreaCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM activity_report_priority_area fa"
                    + " WHERE fa.report_id = r.id AND fa.priority_area_code = :area)");
            params.put("area", search.priorityAreaCode());
        }
        if (search.planRevisionCode() != null) {
            where.append(" AND r.plan_revision_code = :revision");
            params.put("revision", search.planRevisionCode());
        }
        if (search.fiscalYear() != null) {
            where.append(" AND r.activity_date BETWEEN :fyStart AND :fyEnd");
            params.put("fyStart", search.from());
            params.put("fyEnd", search.to());
        }
        return where;
    }

    private static ReportRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ReportRow(
                rs.getLong("id"),
                rs.getObject("activity_date", java.time.LocalDate.class),
                ActivityReportStatus.valueOf(rs.getString("status")),
                ActivityType.valueOf(rs.getString("activity_type")),
                rs.getString("mission_code"),
                ReportName.of(rs.getString("mission_ja"), rs.getString("mission_en")),
                rs.getString("state_code"),
                ReportName.of(rs.getString("state_ja"), rs.getString("state_en")),
                rs.getString("city"),
                rs.getString("summary_excerpt"),
                Language.ofTag(rs.getString("language")),
                ReportName.of(rs.getString("areas_ja"), rs.getString("areas_en")),
                nullableInstant(rs, "submitted_at"),
                rs.getString("return_comment"),
                rs.getString("author_name"));
    }

    /** The instant in a nullable timestamp column. */
    static java.time.@Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
