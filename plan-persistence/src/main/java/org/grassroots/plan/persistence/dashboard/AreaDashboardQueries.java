package org.grassroots.plan.persistence.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What a priority-area page shows besides report counts: the area, its sectors, its initiatives and targets. */
@Repository
@Transactional(readOnly = true)
public class AreaDashboardQueries {

    private static final String SECTORS = """
            SELECT s.code, s.label_ja, s.label_en FROM sector_priority_area x JOIN sector s ON s.code = x.sector_code
            WHERE x.priority_area_code = :area ORDER BY s.sort_order""";

    private final JdbcClient jdbc;

    public AreaDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AreaRow> area(String code) {
        return jdbc.sql("""
                        SELECT a.code, a.plan_number, a.label_ja, a.label_en, p.label_ja AS parent_ja, p.label_en AS parent_en
                        FROM priority_area a LEFT JOIN priority_area p ON p.code = a.parent_code
                        WHERE a.code = :code AND a.leaf""")
                .param("code", code)
                .query((rs, n) -> new AreaRow(
                        rs.getString("code"),
                        rs.getString("plan_number"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getString("parent_ja"),
                        rs.getString("parent_en")))
                .optional();
    }

    /** The sectors the plan names under the area. */
    public List<CodeLabel> sectors(String areaCode) {
        return DashboardRows.codeLabels(jdbc, SECTORS, "area", areaCode);
    }

    /**
     * The area's initiatives of the fiscal year (not archived), those with targets first, at most {@code limit},
     * each with its targets and actuals, and how many there are in all.
     */
    public InitiativeList initiatives(String areaCode, int fiscalYear, int limit) {
        var rows = jdbc.sql("""
                        WITH chosen AS (
                            SELECT i.id, i.title_ja, i.title_en, i.status, i.fiscal_year, count(*) OVER () AS total,
                                   EXISTS (SELECT 1 FROM initiative_target t WHERE t.initiative_id = i.id) AS has_targets
                            FROM initiative_priority_area x JOIN initiative i ON i.id = x.initiative_id
                            WHERE x.priority_area_code = :area AND i.fiscal_year = :year AND NOT i.archived
                            ORDER BY has_targets DESC, i.id DESC LIMIT :limit)
                        SELECT c.*, t.position, t.indicator_ja, t.indicator_en, t.unit_ja, t.unit_en,
                               t.target_value, t.actual_value
                        FROM chosen c LEFT JOIN initiative_target t ON t.initiative_id = c.id
                        ORDER BY c.has_targets DESC, c.id DESC, t.position""")
                .param("area", areaCode)
                .param("year", fiscalYear)
                .param("limit", limit)
                .query((rs, n) -> new TargetLine(
                        DashboardRows.initiative(rs, List.of()),
                        rs.getLong("total"),
                        rs.getObject("position") == null ? null : TargetFigures.read(rs)))
                .list();
        var byId = new LinkedHashMap<Long, List<TargetFigures>>();
        var heads = new LinkedHashMap<Long, InitiativeSummaryRow>();
        for (var line : rows) {
            heads.putIfAbsent(line.initiative().id(), line.initiative());
            var targets = byId.computeIfAbsent(line.initiative().id(), id -> new ArrayList<>());
            if (line.target() != null) {
                targets.add(line.target());
            }
        }
        var initiatives = heads.values().stream()
                .map(head -> new InitiativeSummaryRow(
                        head.id(),
                        head.titleJa(),
                        head.titleEn(),
                        head.status(),
                        head.fiscalYear(),
                        List.copyOf(byId.get(head.id()))))
                .toList();
        return new InitiativeList(initiatives, rows.isEmpty() ? 0 : rows.get(0).total());
    }

    private record TargetLine(
            InitiativeSummaryRow initiative,
            long total,
            @org.jspecify.annotations.Nullable TargetFigures target) {}
}
