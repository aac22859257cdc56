package org.grassroots.plan.persistence.region;

import java.util.List;
import java.util.Optional;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The figures of one state and their history, for the administration page. */
@Repository
@Transactional(readOnly = true)
public class StateFigureQueries {

    private final JdbcClient jdbc;

    StateFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state's code and names, if there is such a state. */
    public Optional<CodeLabel> state(String stateCode) {
        return jdbc.sql("SELECT code, name_ja, name_en FROM us_state WHERE code = :state")
                .param("state", stateCode)
                .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public List<StateFigureRow> figures(String stateCode) {
        return jdbc.sql("SELECT * FROM state_figure WHERE state_code = :state ORDER BY metric, year DESC NULLS LAST")
                .param("state", stateCode)
                .query((rs, n) ->
                        new StateFigureRow(rs.getLong("id"), rs.getLong("version"), JdbcStateFigureStore.figure(rs)))
                .list();
    }

    public Optional<StateFigureRow> figure(String stateCode, long id) {
        return jdbc.sql("SELECT * FROM state_figure WHERE state_code = :state AND id = :id")
                .param("state", stateCode)
                .param("id", id)
                .query((rs, n) ->
                        new StateFigureRow(rs.getLong("id"), rs.getLong("version"), JdbcStateFigureStore.figure(rs)))
                .optional();
    }

    public List<StateFigureChangeRow> changes(String stateCode) {
        return jdbc.sql("""
                        SELECT c.metric, c.action, c.before_text, c.after_text, u.username, c.changed_at
                        FROM state_figure_change c JOIN app_user u ON u.id = c.changed_by
                        WHERE c.state_code = :state ORDER BY c.changed_at DESC, c.id DESC""")
                .param("state", stateCode)
                .query((rs, n) -> new StateFigureChangeRow(
                        rs.getString("metric"),
                        rs.getString("action"),
                        rs.getString("before_text"),
                        rs.getString("after_text"),
                        rs.getString("username"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
