package org.grassroots.plan.persistence.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report list, the review queue, a mission's reports and a report's page, each in a fixed number of queries
 * whatever the number of reports: lists count at most {@link CappedCount#CAP} rows and read one page.
 */
@Repository
@Transactional(readOnly = true)
public class ReportQueries {

    private static final String ROW_SELECT = """
            SELECT r.id, r.activity_date, r.status, r.activity_type, r.mission_code, m.name_ja AS mission_ja,
                   m.name_en AS mission_en, r.state_code, s.name_ja AS state_ja, s.name_en AS state_en, r.city,
                   left(r.summary, 160) AS summary_excerpt, r.submitted_at, r.return_comment,
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

    public Optional<ReportDetail> detail(long id) {
        var detail = jdbc.sql("""
                        SELECT r.*, m.name_ja AS mission_ja, m.name_en AS mission_en, s.name_ja AS state_ja,
                               s.name_en AS state_en, c.name AS county_name, au.label_ja AS audience_ja,
                               au.label_en AS audience_en, t.label_ja AS tier_ja, t.label_en AS tier_en,
                               i.title_ja, i.title_en, a.display_name AS author_name, l.display_name AS last_name,
                               (SELECT string_agg(x.label_ja, '、' ORDER BY x.sort_order) FROM activity_report_priority_area y
                                  JOIN priority_area x ON x.code = y.priority_area_code WHERE y.report_id = r.id) AS areas_ja,
                               (SELECT string_agg(x.label_en, '; ' ORDER BY x.sort_order) FROM activity_report_priority_area y
                                  JOIN priority_area x ON x.code = y.priority_area_code WHERE y.report_id = r.id) AS areas_en,
                               (SELECT string_agg(x.label_ja, '、' ORDER BY x.sort_order) FROM activity_report_sector y
                                  JOIN sector x ON x.code = y.sector_code WHERE y.report_id = r.id) AS sectors_ja,
                               (SELECT string_agg(x.label_en, '; ' ORDER BY x.sort_order) FROM activity_report_sector y
                                  JOIN sector x ON x.code = y.sector_code WHERE y.report_id = r.id) AS sectors_en,
                               (SELECT string_agg(x.label_ja, '、' ORDER BY x.sort_order) FROM activity_report_regional_approach y
                                  JOIN regional_approach x ON x.code = y.regional_approach_code WHERE y.report_id = r.id) AS approaches_ja,
                               (SELECT string_agg(x.label_en, '; ' ORDER BY x.sort_order) FROM activity_report_regional_approach y
                                  JOIN regional_approach x ON x.code = y.regional_approach_code WHERE y.report_id = r.id) AS approaches_en
                        FROM activity_report r
                        JOIN diplomatic_mission m ON m.code = r.mission_code
                        LEFT JOIN us_state s ON s.code = r.state_code
                        JOIN app_user a ON a.id = r.author_id
                        JOIN app_user l ON l.id = r.last_modified_by_id
                        LEFT JOIN county c ON c.id = r.county_id
                        LEFT JOIN audience au ON au.code = r.audience_code
                        LEFT JOIN interest_tier t ON t.code = r.interest_tier_code
                        LEFT JOIN initiative i ON i.id = r.initiative_id
                        WHERE r.id = :id""").param("id", id).query(ReportQueries::detail).optional();
        if (detail.isEmpty()) {
            return detail;
        }
        var links = jdbc.sql("SELECT url FROM activity_report_link WHERE report_id = :id ORDER BY position")
                .param("id", id)
                .query(String.class)
                .list();
        var timeline = jdbc.sql("""
                        SELECT t.occurred_at, t.from_status, t.to_status, u.display_name, t.comment
                        FROM activity_report_transition t JOIN app_user u ON u.id = t.actor_id
                        WHERE t.report_id = :id ORDER BY t.occurred_at, t.id""")
                .param("id", id)
                .query((rs, n) -> new ReportTransitionRow(
                        instant(rs, "occurred_at"),
                        rs.getString("from_status") == null
                                ? null
                                : ActivityReportStatus.valueOf(rs.getString("from_status")),
                        ActivityReportStatus.valueOf(rs.getString("to_status")),
                        rs.getString("display_name"),
                        rs.getString("comment")))
                .list();
        return Optional.of(detail.get().with(links, timeline));
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
                ReportName.of(rs.getString("areas_ja"), rs.getString("areas_en")),
                nullableInstant(rs, "submitted_at"),
                rs.getString("return_comment"),
                rs.getString("author_name"));
    }

    private static ReportDetail detail(ResultSet rs, int rowNum) throws SQLException {
        Long initiativeId = rs.getObject("initiative_id", Long.class);
        return new ReportDetail(
                rs.getLong("id"),
                rs.getLong("version"),
                ActivityReportStatus.valueOf(rs.getString("status")),
                rs.getString("mission_code"),
                ReportName.of(rs.getString("mission_ja"), rs.getString("mission_en")),
                rs.getString("state_code"),
                ReportName.of(rs.getString("state_ja"), rs.getString("state_en")),
                rs.getString("county_name"),
                rs.getString("city"),
                rs.getObject("activity_date", java.time.LocalDate.class),
                ActivityType.valueOf(rs.getString("activity_type")),
                ReportName.of(rs.getString("areas_ja"), rs.getString("areas_en")),
                ReportName.of(rs.getString("sectors_ja"), rs.getString("sectors_en")),
                ReportName.of(rs.getString("approaches_ja"), rs.getString("approaches_en")),
                optionalName(rs.getString("audience_ja"), rs.getString("audience_en")),
                optionalName(rs.getString("tier_ja"), rs.getString("tier_en")),
                rs.getObject("participants", Integer.class),
                rs.getString("counterpart"),
                rs.getString("summary"),
                rs.getString("outcome"),
                rs.getString("follow_up"),
                rs.getString("language"),
                initiativeId,
                initiativeId == null ? null : initiativeTitle(rs.getString("title_ja"), rs.getString("title_en")),
                rs.getString("return_comment"),
                rs.getLong("author_id"),
                rs.getString("author_name"),
                rs.getLong("last_modified_by_id"),
                rs.getString("last_name"),
                nullableInstant(rs, "submitted_at"),
                List.of(),
                List.of());
    }

    private static @Nullable ReportName optionalName(@Nullable String ja, @Nullable String en) {
        return ja == null && en == null ? null : ReportName.of(ja, en);
    }

    private static ReportName initiativeTitle(@Nullable String ja, @Nullable String en) {
        return ReportName.of(ja == null ? en : ja, en == null ? ja : en);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static java.time.@Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
