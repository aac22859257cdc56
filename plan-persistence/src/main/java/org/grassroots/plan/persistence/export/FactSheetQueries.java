package org.grassroots.plan.persistence.export;

import java.util.List;
import java.util.Optional;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The figures and latest accepted activities of one state, for its fact sheet. */
@Repository
@Transactional(readOnly = true)
public class FactSheetQueries {

    private final JdbcClient jdbc;

    public FactSheetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state's sheet, or empty for an unknown code; at most {@code activities} recent activities. */
    public Optional<FactSheet> factSheet(String stateCode, int activities) {
        return jdbc.sql("SELECT code, name_ja, name_en FROM us_state WHERE code = :code")
                .param("code", stateCode)
                .query((rs, n) -> new CodeLabel(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")))
                .optional()
                .map(state -> new FactSheet(
                        state,
                        stateFigures(stateCode),
                        nationalFigures(),
                        missions(stateCode),
                        recentActivities(stateCode, activities)));
    }

    private List<FactSheet.Figure> stateFigures(String stateCode) {
        return jdbc.sql("SELECT metric, value, value_text, year, source FROM state_figure WHERE state_code = :code"
                        + " ORDER BY metric, year DESC NULLS LAST")
                .param("code", stateCode)
                .query((rs, n) -> new FactSheet.Figure(
                        rs.getString("metric"),
                        rs.getBigDecimal("value"),
                        rs.getString("value_text"),
                        null,
                        rs.getObject("year", Integer.class),
                        rs.getString("source")))
                .list();
    }

    private List<FactSheet.Figure> nationalFigures() {
        return jdbc.sql("SELECT metric, value, unit, year, source FROM national_figure ORDER BY metric, year DESC")
                .query((rs, n) -> new FactSheet.Figure(
                        rs.getString("metric"),
                        rs.getBigDecimal("value"),
                        null,
                        rs.getString("unit"),
                        rs.getInt("year"),
                        rs.getString("source")))
                .list();
    }

    private List<CodeLabel> missions(String stateCode) {
        return jdbc.sql("SELECT m.code, m.name_ja, m.name_en FROM mission_jurisdiction j"
                        + " JOIN diplomatic_mission m ON m.code = j.mission_code WHERE j.state_code = :code"
                        + " ORDER BY m.sort_order")
                .param("code", stateCode)
                .query((rs, n) -> new CodeLabel(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")))
                .list();
    }

    private List<FactSheet.Activity> recentActivities(String stateCode, int limit) {
        return jdbc.sql("SELECT activity_date, activity_type, city, participants, summary FROM activity_report"
                        + " WHERE state_code = :code AND status = 'ACCEPTED' ORDER BY activity_date DESC, id DESC"
                        + " LIMIT :limit")
                .param("code", stateCode)
                .param("limit", limit)
                .query((rs, n) -> new FactSheet.Activity(
                        rs.getObject("activity_date", java.time.LocalDate.class),
                        rs.getString("activity_type"),
                        rs.getString("city"),
                        rs.getObject("participants", Integer.class),
                        rs.getString("summary")))
                .list();
    }
}
