package org.grassroots.plan.persistence.dashboard;

import java.util.List;
import java.util.Optional;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What a state page shows besides report counts: who covers it, how it is classified, its figures, initiatives. */
@Repository
@Transactional(readOnly = true)
public class StateDashboardQueries {

    private static final String CHARACTERISTICS = """
            SELECT a.code, a.label_ja, a.label_en FROM us_state_characteristic c
            JOIN regional_approach a ON a.code = c.regional_approach_code
            WHERE c.state_code = :state ORDER BY a.sort_order""";

    private final JdbcClient jdbc;

    public StateDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlaceRow> place(String code) {
        return jdbc.sql("SELECT code, kind, name_ja, name_en FROM us_state WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new PlaceRow(
                        rs.getString("code"), rs.getString("kind"), rs.getString("name_ja"), rs.getString("name_en")))
                .optional();
    }

    /** The missions responsible for the state (several where the state is split by county). */
    public List<ResponsibleMissionRow> missions(String stateCode) {
        return jdbc.sql("""
                        SELECT m.code, m.name_ja, m.name_en, j.state_code, j.whole_state, j.split_note
                        FROM mission_jurisdiction j JOIN diplomatic_mission m ON m.code = j.mission_code
                        WHERE j.state_code = :state ORDER BY j.whole_state DESC, m.sort_order""")
                .param("state", stateCode)
                .query(StateDashboardQueries::mission)
                .list();
    }

    /** The regional approaches HQ has recorded for the state; empty while it is not classified. */
    public List<CodeLabel> characteristics(String stateCode) {
        return DashboardRows.codeLabels(jdbc, CHARACTERISTICS, "state", stateCode);
    }

    public List<StateFigureRow> figures(String stateCode) {
        return jdbc.sql("""
                        SELECT metric, value, value_text, year, source, confidence FROM state_figure
                        WHERE state_code = :state ORDER BY metric, year NULLS LAST""")
                .param("state", stateCode)
                .query((rs, n) -> new StateFigureRow(
                        rs.getString("metric"),
                        rs.getBigDecimal("value"),
                        rs.getString("value_text"),
                        rs.getObject("year", Integer.class),
                        rs.getString("source"),
                        rs.getString("confidence")))
                .list();
    }

    /** How many initiatives (not archived) are located in the state, and the latest {@code limit} of them. */
    public InitiativeList initiatives(String stateCode, int limit) {
        var rows = jdbc.sql("""
                        SELECT i.id, i.title_ja, i.title_en, i.status, i.fiscal_year, count(*) OVER () AS total
                        FROM initiative_state s JOIN initiative i ON i.id = s.initiative_id
                        WHERE s.state_code = :state AND NOT i.archived
                        ORDER BY (i.status = 'ACTIVE') DESC, i.fiscal_year DESC, i.id DESC LIMIT :limit""")
                .param("state", stateCode)
                .param("limit", limit)
                .query((rs, n) -> new Ranked(DashboardRows.initiative(rs, List.of()), rs.getLong("total")))
                .list();
        return new InitiativeList(
                rows.stream().map(Ranked::row).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }

    private record Ranked(InitiativeSummaryRow row, long total) {}

    private static ResponsibleMissionRow mission(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResponsibleMissionRow(
                rs.getString("code"),
                rs.getString("name_ja"),
                rs.getString("name_en"),
                rs.getString("state_code"),
                rs.getBoolean("whole_state"),
                rs.getString("split_note"));
    }
}
