package org.grassroots.plan.persistence.initiative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.persistence.initiative.InitiativeOptions.Pillar;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@link InitiativeOptions}: one statement per reference list, in display order. */
@Repository
public class InitiativeOptionsQueries {

    private final JdbcClient jdbc;

    public InitiativeOptionsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public InitiativeOptions options() {
        Map<String, CodeLabel> pillarLabels = new LinkedHashMap<>();
        Map<String, List<CodeLabel>> areasByPillar = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.code, a.label_ja, a.label_en, a.plan_number, a.leaf,
                               coalesce(a.parent_code, a.code) AS pillar_code
                          FROM priority_area a
                          LEFT JOIN priority_area p ON p.code = a.parent_code
                         ORDER BY coalesce(p.sort_order, a.sort_order), a.parent_code NULLS FIRST, a.sort_order
                        """).query(rs -> {
            var label = new CodeLabel(
                    rs.getString("code"),
                    rs.getString("plan_number") + " " + rs.getString("label_ja"),
                    rs.getString("plan_number") + " " + rs.getString("label_en"));
            String pillar = rs.getString("pillar_code");
            if (pillar.equals(label.code())) {
                pillarLabels.put(pillar, label);
            }
            if (rs.getBoolean("leaf")) {
                areasByPillar.computeIfAbsent(pillar, code -> new ArrayList<>()).add(label);
            }
        });
        List<Pillar> pillars = pillarLabels.entrySet().stream()
                .map(entry -> new Pillar(
                        entry.getValue(), List.copyOf(areasByPillar.getOrDefault(entry.getKey(), List.of()))))
                .toList();
        return new InitiativeOptions(
                pillars,
                coded("sector"),
                coded("regional_approach"),
                coded("interest_tier"),
                coded("audience"),
                jdbc.sql("SELECT code, name_ja, name_en FROM us_state ORDER BY name_en")
                        .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list(),
                jdbc.sql("SELECT code, name_ja, name_en FROM diplomatic_mission ORDER BY sort_order")
                        .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list(),
                // The distinct years by skipping down the fiscal-year index (a few index probes, not 50,000 rows).
                jdbc.sql("""
                                WITH RECURSIVE years (fiscal_year) AS (
                                    SELECT max(fiscal_year) FROM initiative
                                    UNION ALL
                                    SELECT (SELECT max(i.fiscal_year) FROM initiative i WHERE i.fiscal_year < y.fiscal_year)
                                    FROM years y WHERE y.fiscal_year IS NOT NULL)
                                SELECT fiscal_year FROM years WHERE fiscal_year IS NOT NULL""").query(Integer.class).list());
    }

    private List<CodeLabel> coded(String table) {
        return jdbc.sql("SELECT code, label_ja, label_en FROM " + table + " ORDER BY sort_order")
                .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
