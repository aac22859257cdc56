package org.grassroots.plan.persistence.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView.LinkedReport;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView.PartnerLine;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One initiative with its classification, states, partners, targets and linked reports, in five statements.
 * Draft reports are not linked: they belong to their mission until submitted.
 */
@Repository
public class InitiativeDetailQueries {

    private static final String CLASSIFICATION = """
            SELECT 'priorityAreas' AS kind, pa.code, pa.label_ja, pa.label_en, pa.sort_order AS position
              FROM initiative_priority_area x JOIN priority_area pa ON pa.code = x.priority_area_code
             WHERE x.initiative_id = :id
            UNION ALL
            SELECT 'sectors', s.code, s.label_ja, s.label_en, s.sort_order
              FROM initiative_sector x JOIN sector s ON s.code = x.sector_code WHERE x.initiative_id = :id
            UNION ALL
            SELECT 'regionalApproaches', r.code, r.label_ja, r.label_en, r.sort_order
              FROM initiative_regional_approach x JOIN regional_approach r ON r.code = x.regional_approach_code
             WHERE x.initiative_id = :id
            UNION ALL
            SELECT 'audiences', a.code, a.label_ja, a.label_en, a.sort_order
              FROM initiative_audience x JOIN audience a ON a.code = x.audience_code WHERE x.initiative_id = :id
            UNION ALL
            SELECT 'states', st.code, st.name_ja, st.name_en, 0
              FROM initiative_state x JOIN us_state st ON st.code = x.state_code WHERE x.initiative_id = :id
            ORDER BY kind, position, code
            """;

    private final JdbcClient jdbc;

    public InitiativeDetailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeDetailView> find(long id) {
        Map<String, List<CodeLabel>> codes = new HashMap<>();
        jdbc.sql(CLASSIFICATION).param("id", id).query(rs -> {
            codes.computeIfAbsent(rs.getString("kind"), kind -> new ArrayList<>())
                    .add(new CodeLabel(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en")));
        });
        var partners = jdbc.sql("SELECT name, sector_kind FROM initiative_partner WHERE initiative_id = :id"
                        + " ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new PartnerLine(rs.getString("name"), rs.getString("sector_kind")))
                .list();
        var targets = jdbc.sql("SELECT * FROM initiative_target WHERE initiative_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> TargetFigures.read(rs))
                .list();
        var reports = jdbc.sql("""
                        SELECT r.id, r.activity_date, r.status, m.code, m.name_ja, m.name_en
                          FROM activity_report r JOIN diplomatic_mission m ON m.code = r.mission_code
                         WHERE r.initiative_id = :id AND r.status <> 'DRAFT'
                         ORDER BY r.activity_date DESC, r.id DESC
                        """)
                .param("id", id)
                .query((rs, n) -> new LinkedReport(
                        rs.getLong("id"),
                        rs.getObject("activity_date", LocalDate.class),
                        new CodeLabel(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en")),
                        ActivityReportStatus.valueOf(rs.getString("status"))))
                .list();
        return jdbc.sql("""
                        SELECT i.*, m.name_ja AS mission_ja, m.name_en AS mission_en,
                               t.label_ja AS tier_ja, t.label_en AS tier_en
                          FROM initiative i
                          LEFT JOIN diplomatic_mission m ON m.code = i.lead_mission_code
                          LEFT JOIN interest_tier t ON t.code = i.interest_tier_code
                         WHERE i.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> view(rs, codes, partners, targets, reports))
                .optional();
    }

    private static InitiativeDetailView view(
            ResultSet rs,
            Map<String, List<CodeLabel>> codes,
            List<PartnerLine> partners,
            List<TargetFigures> targets,
            List<LinkedReport> reports)
            throws SQLException {
        return new InitiativeDetailView(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getString("title_ja"),
                rs.getString("title_en"),
                rs.getString("summary_ja"),
                rs.getString("summary_en"),
                InitiativeStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getInt("fiscal_year"),
                rs.getBoolean("nationwide"),
                CodeLabel.of(rs.getString("lead_mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")),
                CodeLabel.of(rs.getString("interest_tier_code"), rs.getString("tier_ja"), rs.getString("tier_en")),
                codes.getOrDefault("priorityAreas", List.of()),
                codes.getOrDefault("sectors", List.of()),
                codes.getOrDefault("regionalApproaches", List.of()),
                codes.getOrDefault("audiences", List.of()),
                codes.getOrDefault("states", List.of()),
                partners,
                targets,
                reports,
                rs.getBoolean("ja_translation_stale"),
                rs.getBoolean("en_translation_stale"),
                rs.getBoolean("archived"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
