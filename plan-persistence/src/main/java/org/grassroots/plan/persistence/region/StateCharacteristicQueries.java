package org.grassroots.plan.persistence.region;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The characteristics screens: every state with its characteristics, one state's four, and their history. */
@Repository
@Transactional(readOnly = true)
public class StateCharacteristicQueries {

    private final JdbcClient jdbc;

    StateCharacteristicQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StateCharacteristicsRow> states() {
        return jdbc.sql("""
                        SELECT s.code, s.name_ja, s.name_en,
                               array_remove(array_agg(c.regional_approach_code ORDER BY a.sort_order)
                                   FILTER (WHERE c.applies), NULL) AS approaches
                        FROM us_state s
                        LEFT JOIN us_state_characteristic c ON c.state_code = s.code
                        LEFT JOIN regional_approach a ON a.code = c.regional_approach_code
                        GROUP BY s.code, s.name_ja, s.name_en ORDER BY s.code""")
                .query((rs, n) -> new StateCharacteristicsRow(
                        rs.getString("code"),
                        rs.getString("name_ja"),
                        rs.getString("name_en"),
                        codes(rs.getArray("approaches"))))
                .list();
    }

    /** The plan's four regional approaches for the state, in plan order, set or not. */
    public List<CharacteristicRow> characteristics(String stateCode) {
        return jdbc.sql("""
                        SELECT a.code, a.label_ja, a.label_en, coalesce(c.applies, FALSE) AS applies, c.note, c.source
                        FROM regional_approach a
                        LEFT JOIN us_state_characteristic c ON c.regional_approach_code = a.code AND c.state_code = :state
                        ORDER BY a.sort_order""")
                .param("state", stateCode)
                .query((rs, n) -> new CharacteristicRow(
                        rs.getString("code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getBoolean("applies"),
                        rs.getString("note"),
                        rs.getString("source")))
                .list();
    }

    /** Every change to the state's characteristics, newest first. */
    public List<CharacteristicChangeRow> history(String stateCode) {
        return jdbc.sql("""
                        SELECT h.regional_approach_code, a.label_ja, a.label_en, h.applies, h.note, h.source,
                               u.display_name, h.changed_at
                        FROM us_state_characteristic_history h
                        JOIN regional_approach a ON a.code = h.regional_approach_code
                        LEFT JOIN app_user u ON u.id = h.changed_by
                        WHERE h.state_code = :state ORDER BY h.changed_at DESC, h.id DESC""")
                .param("state", stateCode)
                .query((rs, n) -> new CharacteristicChangeRow(
                        rs.getString("regional_approach_code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getBoolean("applies"),
                        rs.getString("note"),
                        rs.getString("source"),
                        rs.getString("display_name"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
