package org.grassroots.plan.persistence.jurisdiction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.grassroots.plan.core.jurisdiction.JurisdictionChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves rows of {@code jurisdiction_county} or {@code mission_jurisdiction} and logs them in
 * {@code jurisdiction_change}. The coverage guard (deferred constraint triggers of V81) is fired at once with
 * {@code SET CONSTRAINTS … IMMEDIATE}, so a refused change fails here rather than at commit.
 */
@Repository
class JdbcJurisdictionChanges implements JurisdictionChanges {

    private final JdbcClient jdbc;

    JdbcJurisdictionChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> currentMission(String stateCode, @Nullable Long countyId) {
        if (countyId != null) {
            return jdbc.sql("""
                            SELECT j.mission_code FROM jurisdiction_county jc
                            JOIN mission_jurisdiction j ON j.id = jc.jurisdiction_id
                            WHERE jc.county_id = :county AND j.state_code = :state""")
                    .param("county", countyId)
                    .param("state", stateCode)
                    .query(String.class)
                    .optional();
        }
        return jdbc.sql("""
                        SELECT j.mission_code FROM mission_jurisdiction j JOIN diplomatic_mission m ON m.code = j.mission_code
                        WHERE j.state_code = :state AND j.whole_state
                          AND NOT EXISTS (SELECT 1 FROM mission_jurisdiction p
                                          WHERE p.mission_code = m.parent_code AND p.state_code = j.state_code)""").param("state", stateCode).query(String.class).optional();
    }

    @Override
    public Optional<Sourcing> currentSourcing(String stateCode, @Nullable Long countyId, String missionCode) {
        if (countyId != null) {
            return jdbc.sql("SELECT source, confidence FROM jurisdiction_county WHERE county_id = :county")
                    .param("county", countyId)
                    .query((rs, n) -> new Sourcing(rs.getString("source"), rs.getString("confidence")))
                    .optional();
        }
        return jdbc.sql("""
                        SELECT source, confidence FROM mission_jurisdiction
                        WHERE state_code = :state AND mission_code = :mission AND whole_state""")
                .param("state", stateCode)
                .param("mission", missionCode)
                .query((rs, n) -> new Sourcing(rs.getString("source"), rs.getString("confidence")))
                .optional();
    }

    @Override
    public void move(
            String stateCode,
            @Nullable Long countyId,
            String fromMission,
            String toMission,
            String source,
            String confidence,
            long actorId,
            Instant at) {
        try {
            if (countyId != null) {
                var target = jdbc.sql(
                                "SELECT id FROM mission_jurisdiction WHERE mission_code = :to AND state_code = :state"
                                        + " AND NOT whole_state")
                        .param("to", toMission)
                        .param("state", stateCode)
                        .query(Long.class)
                        .optional()
                        .orElseThrow(() -> new CoverageException(
                                toMission + " covers no county of " + stateCode, new IllegalStateException()));
                jdbc.sql("""
                                UPDATE jurisdiction_county SET jurisdiction_id = :target, source = :source,
                                    confidence = :confidence
                                WHERE county_id = :county""")
                        .param("target", target)
                        .param("source", source)
                        .param("confidence", confidence)
                        .param("county", countyId)
                        .update();
            } else {
                jdbc.sql("""
                                UPDATE mission_jurisdiction SET mission_code = :to, source = :source,
                                    confidence = :confidence, version = version + 1
                                WHERE mission_code = :from AND state_code = :state AND whole_state""")
                        .param("to", toMission)
                        .param("from", fromMission)
                        .param("state", stateCode)
                        .param("source", source)
                        .param("confidence", confidence)
                        .update();
            }
            jdbc.sql("SET CONSTRAINTS tr_jurisdiction_county_coverage, tr_mission_jurisdiction_coverage IMMEDIATE")
                    .update();
        } catch (DataAccessException e) {
            var cause = e.getMostSpecificCause();
            throw new CoverageException(cause.getMessage() == null ? e.getMessage() : cause.getMessage(), e);
        }
        jdbc.sql("""
                        INSERT INTO jurisdiction_change (state_code, county_id, from_mission, to_mission, source,
                            confidence, changed_by, changed_at)
                        VALUES (:state, :county, :from, :to, :source, :confidence, :actor, :at)""")
                .param("state", stateCode)
                .param("county", countyId)
                .param("from", fromMission)
                .param("to", toMission)
                .param("source", source)
                .param("confidence", confidence)
                .param("actor", actorId)
                .param("at", Timestamp.from(at))
                .update();
    }
}
