package org.grassroots.plan.persistence.jurisdiction;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The jurisdiction screen: every whole-state and county assignment, and the latest changes. */
@Repository
@Transactional(readOnly = true)
public class JurisdictionAdminQueries {

    private final JdbcClient jdbc;

    JurisdictionAdminQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whole states first by state and mission, then counties of split states by state and county name. */
    public List<JurisdictionRow> assignments() {
        return jdbc.sql("""
                        SELECT j.state_code, NULL::bigint AS county_id, NULL AS county_name, j.mission_code,
                               m.name_ja, m.name_en, j.source, j.confidence, 0 AS part
                        FROM mission_jurisdiction j JOIN diplomatic_mission m ON m.code = j.mission_code
                        WHERE j.whole_state
                        UNION ALL
                        SELECT j.state_code, c.id, c.name, j.mission_code, m.name_ja, m.name_en,
                               coalesce(jc.source, j.source), coalesce(jc.confidence, j.confidence), 1
                        FROM jurisdiction_county jc
                        JOIN mission_jurisdiction j ON j.id = jc.jurisdiction_id
                        JOIN diplomatic_mission m ON m.code = j.mission_code
                        JOIN county c ON c.id = jc.county_id
                        ORDER BY part, state_code, county_name, mission_code""")
                .query((rs, n) -> new JurisdictionRow(
                        rs.getString("state_code"),
                        rs.getObject("county_id", Long.class),
                        rs.getString("county_name"),
                        rs.getString("mission_code"),
                        rs.getString("name_ja"),
                        rs.getString("name_en"),
                        rs.getString("source"),
                        rs.getString("confidence")))
                .list();
    }

    /** The 50 latest changes, newest first. */
    public List<JurisdictionChangeRow> changes() {
        return jdbc.sql("""
                        SELECT x.state_code, c.name AS county_name, x.from_mission, x.to_mission, x.source,
                               x.confidence, u.display_name, x.changed_at
                        FROM jurisdiction_change x
                        JOIN app_user u ON u.id = x.changed_by
                        LEFT JOIN county c ON c.id = x.county_id
                        ORDER BY x.changed_at DESC, x.id DESC LIMIT 50""")
                .query((rs, n) -> new JurisdictionChangeRow(
                        rs.getString("state_code"),
                        rs.getString("county_name"),
                        rs.getString("from_mission"),
                        rs.getString("to_mission"),
                        rs.getString("source"),
                        rs.getString("confidence"),
                        rs.getString("display_name"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
