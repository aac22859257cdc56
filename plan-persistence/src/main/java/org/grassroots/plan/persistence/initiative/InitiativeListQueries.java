package org.grassroots.plan.persistence.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiative list: filtered, searched, sorted and paged in SQL. A page costs exactly two statements whatever
 * its size — the count of matching initiatives (capped, {@link CappedCount}) and the page itself, with each
 * row's priority areas and states aggregated in the same statement.
 */
@Repository
public class InitiativeListQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    public InitiativeListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public InitiativePage find(
            InitiativeFilter filter, InitiativeSort sort, boolean descending, int page, int size, Locale locale) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        var count = CappedCount.of(jdbc.sql(CappedCount.sql("FROM initiative i" + where))
                .params(params)
                .query(Long.class)
                .single());
        int pageNumber = Math.min(Math.max(1, page), count.pages(pageSize));
        String sql = """
                SELECT i.id, i.title_ja, i.title_en, i.status, i.fiscal_year, i.nationwide, i.updated_at,
                       i.ja_translation_stale, i.en_translation_stale, i.archived,
                       m.code AS mission_code, m.name_ja AS mission_ja, m.name_en AS mission_en,
                       (SELECT %s FROM initiative_priority_area ipa
                          JOIN priority_area pa ON pa.code = ipa.priority_area_code
                         WHERE ipa.initiative_id = i.id) AS priority_areas,
                       (SELECT %s FROM initiative_state ist
                          JOIN us_state s ON s.code = ist.state_code
                         WHERE ist.initiative_id = i.id) AS states
                  FROM initiative i
                  LEFT JOIN diplomatic_mission m ON m.code = i.lead_mission_code
                """.formatted(
                                CodeLabel.aggregate("pa.code", "pa.label_ja", "pa.label_en", "pa.sort_order"),
                                CodeLabel.aggregate("s.code", "s.name_ja", "s.name_en", "s.code"))
                + where + " ORDER BY " + sort.orderBy("ja".equals(locale.getLanguage()), descending)
                + " LIMIT :limit OFFSET :offset";
        params.put("limit", pageSize);
        params.put("offset", (long) (pageNumber - 1) * pageSize);
        List<InitiativeRow> rows =
                jdbc.sql(sql).params(params).query(InitiativeListQueries::row).list();
        return new InitiativePage(rows, count.value(), count.capped(), pageNumber, pageSize);
    }

    static String where(InitiativeFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.archived = :archived");
        params.put("archived", filter.archived());
        List<String> words = words(filter.text());
        for (int n = 0; n < words.size(); n++) {
            conditions.add("initiative_search_text(i.title_ja, i.title_en, i.summary_ja, i.summary_en)" + " ILIKE :word"
                    + n + " ESCAPE '\\'");
            params.put("word" + n, "%" + escapeLike(words.get(n)) + "%");
        }
        if (filter.priorityArea() != null) {
            conditions.add("EXISTS (SELECT 1 FROM initiative_priority_area x JOIN priority_area pa"
                    + " ON pa.code = x.priority_area_code WHERE x.initiative_id = i.id"
                    + " AND (pa.code = :priorityArea OR pa.parent_code = :priorityArea))");
            params.put("priorityArea", filter.priorityArea());
        }
        exists(conditions, params, "initiative_sector", "sector_code", "sector", filter.sector());
        if (filter.state() != null) {
            conditions.add("(i.nationwide OR EXISTS (SELECT 1 FROM initiative_state x"
                    + " WHERE x.initiative_id = i.id AND x.state_code = :state))");
            params.put("state", filter.state());
        }
        exists(
                conditions,
                params,
                "initiative_regional_approach",
                "regional_approach_code",
                "regionalApproach",
                filter.regionalApproach());
        exists(conditions, params, "initiative_audience", "audience_code", "audience", filter.audience());
        equal(conditions, params, "i.lead_mission_code", "mission", filter.mission());
        equal(conditions, params, "i.interest_tier_code", "interestTier", filter.interestTier());
        equal(conditions, params, "i.status", "status", filter.status());
        equal(conditions, params, "i.fiscal_year", "fiscalYear", filter.fiscalYear());
        if (filter.translationStale()) {
            conditions.add("(i.ja_translation_stale OR i.en_translation_stale)");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void exists(
            List<String> conditions,
            Map<String, Object> params,
            String table,
            String column,
            String name,
            @Nullable String code) {
        if (code != null) {
            conditions.add("EXISTS (SELECT 1 FROM " + table + " x WHERE x.initiative_id = i.id AND x." + column + " = :"
                    + name + ")");
            params.put(name, code);
        }
    }

    private static void equal(
            List<String> conditions, Map<String, Object> params, String column, String name, @Nullable Object value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    static List<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s\\u3000]+"));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static InitiativeRow row(ResultSet rs, int rowNum) throws SQLException {
        return new InitiativeRow(
                rs.getLong("id"),
                rs.getString("title_ja"),
                rs.getString("title_en"),
                InitiativeStatus.valueOf(rs.getString("status")),
                rs.getInt("fiscal_year"),
                CodeLabel.of(rs.getString("mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")),
                CodeLabel.parseAll(rs.getString("priority_areas")),
                CodeLabel.parseAll(rs.getString("states")),
                rs.getBoolean("nationwide"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("ja_translation_stale"),
                rs.getBoolean("en_translation_stale"),
                rs.getBoolean("archived"));
    }
}
