package org.grassroots.plan.persistence.activity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the report form needs of an existing report, in one query. */
@Repository
@Transactional(readOnly = true)
public class ReportEditQueries {

    private final JdbcClient jdbc;

    ReportEditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportEditValues> find(long id) {
        return jdbc.sql("""
                        SELECT r.*,
                          ARRAY(SELECT priority_area_code FROM activity_report_priority_area WHERE report_id = r.id) AS areas,
                          ARRAY(SELECT sector_code FROM activity_report_sector WHERE report_id = r.id) AS sectors,
                          ARRAY(SELECT regional_approach_code FROM activity_report_regional_approach WHERE report_id = r.id)
                            AS approaches,
                          ARRAY(SELECT url FROM activity_report_link WHERE report_id = r.id ORDER BY position) AS links
                        FROM activity_report r WHERE r.id = :id""").param("id", id).query(ReportEditQueries::values).optional();
    }

    /** The report a form with this token created or last changed, if any. */
    public Optional<Long> idBySubmissionToken(UUID token) {
        return jdbc.sql("SELECT id FROM activity_report WHERE submission_token = :token")
                .param("token", token)
                .query(Long.class)
                .optional();
    }

    private static ReportEditValues values(ResultSet rs, int rowNum) throws SQLException {
        return new ReportEditValues(
                rs.getLong("id"),
                rs.getLong("version"),
                ActivityReportStatus.valueOf(rs.getString("status")),
                rs.getLong("author_id"),
                rs.getString("mission_code"),
                rs.getString("state_code"),
                rs.getObject("county_id", Long.class),
                rs.getString("city"),
                rs.getObject("activity_date", LocalDate.class),
                ActivityType.valueOf(rs.getString("activity_type")),
                strings(rs.getArray("areas")),
                strings(rs.getArray("sectors")),
                rs.getString("audience_code"),
                rs.getString("interest_tier_code"),
                strings(rs.getArray("approaches")),
                rs.getObject("participants", Integer.class),
                rs.getString("counterpart"),
                rs.getString("summary"),
                rs.getString("outcome"),
                rs.getString("follow_up"),
                Language.ofTag(rs.getString("language")),
                rs.getObject("initiative_id", Long.class),
                strings(rs.getArray("links")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
