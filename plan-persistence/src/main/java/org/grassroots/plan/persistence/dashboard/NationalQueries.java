package org.grassroots.plan.persistence.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * National figures that do not come from the report tally: active initiatives (status ACTIVE, not archived, as
 * they stand now) and the oldest report waiting for review.
 */
@Repository
@Transactional(readOnly = true)
public class NationalQueries {

    private final JdbcClient jdbc;

    public NationalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long activeInitiatives() {
        return jdbc.sql("SELECT count(*) FROM initiative WHERE status = 'ACTIVE' AND NOT archived")
                .query(Long.class)
                .single();
    }

    /** Active initiatives located in each state (an initiative in several states counts in each). */
    public List<CodeCount> activeInitiativesByState() {
        return jdbc.sql("""
                        SELECT s.state_code AS code, count(*) AS n FROM initiative_state s
                        JOIN initiative i ON i.id = s.initiative_id
                        WHERE i.status = 'ACTIVE' AND NOT i.archived GROUP BY s.state_code ORDER BY 1""")
                .query((rs, n) -> new CodeCount(rs.getString("code"), rs.getLong("n")))
                .list();
    }

    /** When the longest-waiting submitted or resubmitted report was submitted (index ix_activity_report_submitted). */
    public Optional<Instant> oldestAwaitingSince() {
        return jdbc.sql("""
                        SELECT min(submitted_at) FROM activity_report
                        WHERE status IN ('SUBMITTED', 'RESUBMITTED') AND submitted_at IS NOT NULL""")
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp(1);
                    return Optional.ofNullable(at == null ? null : at.toInstant());
                })
                .single();
    }
}
