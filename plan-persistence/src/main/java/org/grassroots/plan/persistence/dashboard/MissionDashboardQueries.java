package org.grassroots.plan.persistence.dashboard;

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
}
