package org.grassroots.plan.persistence.region;

import java.sql.Timestamp;
import java.time.Instant;
import org.grassroots.plan.core.region.StateCharacteristicStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code us_state_characteristic}, one row per state and approach; its trigger writes the history. */
@Repository
class JdbcStateCharacteristicStore implements StateCharacteristicStore {

    private final JdbcClient jdbc;

    JdbcStateCharacteristicStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean save(
            String stateCode,
            String approachCode,
            boolean applies,
            @Nullable String note,
            @Nullable String source,
            long actorId,
            Instant at) {
        return jdbc.sql("""
                        INSERT INTO us_state_characteristic AS c (state_code, regional_approach_code, applies, note,
                            source, changed_by, changed_at)
                        SELECT :state, :approach, :applies, :note, :source, :actor, :at
                        WHERE :applies OR EXISTS (SELECT 1 FROM us_state_characteristic x
                                                  WHERE x.state_code = :state AND x.regional_approach_code = :approach)
                        ON CONFLICT (state_code, regional_approach_code) DO UPDATE
                            SET applies = EXCLUDED.applies, note = EXCLUDED.note, source = EXCLUDED.source,
                                changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at,
                                version = c.version + 1
                            WHERE (c.applies, c.note, c.source) IS DISTINCT FROM
                                  (EXCLUDED.applies, EXCLUDED.note, EXCLUDED.source)""")
                        .param("state", stateCode)
                        .param("approach", approachCode)
                        .param("applies", applies)
                        .param("note", note)
                        .param("source", source)
                        .param("actor", actorId)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }
}
