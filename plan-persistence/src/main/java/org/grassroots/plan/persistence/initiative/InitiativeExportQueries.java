package org.grassroots.plan.persistence.initiative;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered initiative list with every editable field, for the spreadsheet export: one statement, with each
 * coded collection aggregated into the row.
 */
@Repository
public class InitiativeExportQueries {

    public static final int MAX_ROWS = 10_000;

    private final JdbcClient jdbc;

    public InitiativeExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filtered list in order; one row more than {@link #MAX_ROWS} tells that the list is too long. */
    @Transactional(readOnly = true)
    public List<InitiativeExportRow> rows(
            InitiativeFilter filter, InitiativeSort sort, boolean descending, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        return query(
                InitiativeListQueries.where(filter, params) + " ORDER BY "
                        + sort.orderBy("ja".equals(locale.getLanguage()), descending) + " LIMIT " + (MAX_ROWS + 1),
                params);
    }

    /** The initiatives with these ids, archived or not, in one statement. */
    @Transactional(readOnly = true)
    public List<InitiativeExportRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(ids));
        return query(" WHERE i.id IN (:ids)", params);
    }

    private List<InitiativeExportRow> query(String whereAndOrder, Map<String, Object> params) {
        String sql = "SELECT i.*, " + codes("initiative_priority_area", "priority_area_code") + " AS areas, "
                + codes("initiative_sector", "sector_code") + " AS sectors, "
                + codes("initiative_regional_approach", "regional_approach_code") + " AS approaches, "
                + codes("initiative_audience", "audience_code") + " AS audiences, "
                + codes("initiative_state", "state_code") + " AS states"
                + " FROM initiative i LEFT JOIN diplomatic_mission m ON m.code = i.lead_mission_code"
                + whereAndOrder;
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new InitiativeExportRow(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getString("title_ja"),
                        rs.getString("title_en"),
                        rs.getString("summary_ja"),
                        rs.getString("summary_en"),
                        InitiativeStatus.valueOf(rs.getString("status")),
                        rs.getInt("fiscal_year"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getBoolean("nationwide"),
                        rs.getString("lead_mission_code"),
                        rs.getString("interest_tier_code"),
                        split(rs.getString("areas")),
                        split(rs.getString("sectors")),
                        split(rs.getString("approaches")),
                        split(rs.getString("audiences")),
                        split(rs.getString("states")),
                        rs.getBoolean("archived")))
                .list();
    }

    private static String codes(String table, String column) {
        return "(SELECT string_agg(x." + column + ", ';' ORDER BY x." + column + ") FROM " + table
                + " x WHERE x.initiative_id = i.id)";
    }

    private static List<String> split(@Nullable String codes) {
        return codes == null ? List.of() : Arrays.asList(codes.split(";"));
    }
}
