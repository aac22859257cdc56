package org.grassroots.plan.persistence.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A report's page: its content with the labels of what it references, its press links and its timeline. */
@Repository
@Transactional(readOnly = true)
public class ReportDetailQueries {

    private final JdbcClient jdbc;

    ReportDetailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportDetail> detail(long id) {
        var detail =
                jdbc.sql("""
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
                        WHERE r.id = :id""").param("id", id).query(ReportDetailQueries::detail).optional();
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
                rs.getObject("activity_date", LocalDate.class),
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
                Language.ofTag(rs.getString("language")),
                initiativeId,
                initiativeId == null ? null : initiativeTitle(rs.getString("title_ja"), rs.getString("title_en")),
                rs.getString("return_comment"),
                rs.getLong("author_id"),
                rs.getString("author_name"),
                rs.getLong("last_modified_by_id"),
                rs.getString("last_name"),
                ReportQueries.nullableInstant(rs, "submitted_at"),
                List.of(),
                List.of());
    }

    private static @Nullable ReportName optionalName(@Nullable String ja, @Nullable String en) {
        return ja == null && en == null ? null : ReportName.of(ja, en);
    }

    private static ReportName initiativeTitle(@Nullable String ja, @Nullable String en) {
        return ReportName.of(ja == null ? en : ja, en == null ? ja : en);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
