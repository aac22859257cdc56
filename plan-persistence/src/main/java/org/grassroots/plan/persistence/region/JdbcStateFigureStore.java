package org.grassroots.plan.persistence.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.grassroots.plan.core.region.StateFigure;
import org.grassroots.plan.core.region.StateFigureStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** State figures in {@code state_figure}, their history in {@code state_figure_change}. */
@Repository
class JdbcStateFigureStore implements StateFigureStore {

    private final JdbcClient jdbc;

    JdbcStateFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean stateExists(String stateCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM us_state WHERE code = :code)")
                .param("code", stateCode)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT * FROM state_figure WHERE id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new Stored(rs.getLong("id"), rs.getString("state_code"), rs.getLong("version"), figure(rs)))
                .optional();
    }

    @Override
    public boolean duplicate(String stateCode, String metric, @Nullable Integer year, @Nullable Long exceptId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM state_figure WHERE state_code = :state AND metric = :metric
                                       AND year IS NOT DISTINCT FROM :year AND id IS DISTINCT FROM :except)""")
                .param("state", stateCode)
                .param("metric", metric)
                .param("year", year)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public long insert(String stateCode, StateFigure figure) {
        return jdbc.sql("""
                        INSERT INTO state_figure (state_code, metric, value, value_text, year, source, confidence)
                        VALUES (:state, :metric, :value, :text, :year, :source, :confidence) RETURNING id""")
                .param("state", stateCode)
                .params(values(figure))
                .query(Long.class)
                .single();
    }

    @Override
    public boolean update(long id, long version, StateFigure figure) {
        return jdbc.sql("""
                                UPDATE state_figure SET metric = :metric, value = :value, value_text = :text,
                                       year = :year, source = :source, confidence = :confidence,
                                       version = version + 1
                                WHERE id = :id AND version = :version""")
                        .param("id", id)
                        .param("version", version)
                        .params(values(figure))
                        .update()
                == 1;
    }

    @Override
    public boolean delete(long id, long version) {
        return jdbc.sql("DELETE FROM state_figure WHERE id = :id AND version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    @Override
    public void recordChange(
            String stateCode,
            String metric,
            String action,
            @Nullable String before,
            @Nullable String after,
            long actorId,
            Instant changedAt) {
        jdbc.sql("""
                INSERT INTO state_figure_change (state_code, metric, action, before_text, after_text, changed_by,
                                                 changed_at)
                VALUES (:state, :metric, :action, :before, :after, :by, :at)""")
                .param("state", stateCode)
                .param("metric", metric)
                .param("action", action)
                .param("before", before)
                .param("after", after)
                .param("by", actorId)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    private static java.util.Map<String, @Nullable Object> values(StateFigure figure) {
        var values = new java.util.HashMap<String, @Nullable Object>();
        values.put("metric", figure.metric());
        values.put("value", figure.value());
        values.put("text", figure.valueText());
        values.put("year", figure.year());
        values.put("source", figure.source());
        values.put("confidence", figure.confidence());
        return values;
    }

    static StateFigure figure(ResultSet rs) throws SQLException {
        return new StateFigure(
                rs.getString("metric"),
                rs.getBigDecimal("value"),
                rs.getString("value_text"),
                rs.getObject("year", Integer.class),
                rs.getString("source"),
                rs.getString("confidence"));
    }
}
