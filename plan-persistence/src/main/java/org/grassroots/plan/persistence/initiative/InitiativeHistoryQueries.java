package org.grassroots.plan.persistence.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.grassroots.plan.core.shared.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of one initiative, read from the Envers audit tables in three statements (the initiative's
 * revisions, the changes of its coded collections, the changes of its partners and targets) and compared
 * revision by revision into field-level before/after values. Newest revision first.
 */
@Repository
public class InitiativeHistoryQueries {

    static final List<String> SCALAR_FIELDS = List.of(
            "titleJa",
            "titleEn",
            "summaryJa",
            "summaryEn",
            "status",
            "startDate",
            "endDate",
            "fiscalYear",
            "nationwide",
            "leadMission",
            "interestTier");
    static final List<String> COLLECTION_FIELDS =
            List.of("priorityAreas", "sectors", "regionalApproaches", "audiences", "states", "partners", "targets");
    static final List<String> FLAG_FIELDS = List.of("archived", "jaTranslationStale", "enTranslationStale");

    private static final String CODE_CHANGES = """
            SELECT a.rev, 'priorityAreas' AS field, a.revtype, a.priority_area_code AS code,
                   p.label_ja, p.label_en, p.sort_order AS position
              FROM initiative_priority_area_aud a LEFT JOIN priority_area p ON p.code = a.priority_area_code
             WHERE a.initiative_id = :id
            UNION ALL
            SELECT a.rev, 'sectors', a.revtype, a.sector_code, s.label_ja, s.label_en, s.sort_order
              FROM initiative_sector_aud a LEFT JOIN sector s ON s.code = a.sector_code WHERE a.initiative_id = :id
            UNION ALL
            SELECT a.rev, 'regionalApproaches', a.revtype, a.regional_approach_code, r.label_ja, r.label_en,
                   r.sort_order
              FROM initiative_regional_approach_aud a
              LEFT JOIN regional_approach r ON r.code = a.regional_approach_code WHERE a.initiative_id = :id
            UNION ALL
            SELECT a.rev, 'audiences', a.revtype, a.audience_code, u.label_ja, u.label_en, u.sort_order
              FROM initiative_audience_aud a LEFT JOIN audience u ON u.code = a.audience_code
             WHERE a.initiative_id = :id
            UNION ALL
            SELECT a.rev, 'states', a.revtype, a.state_code, st.name_ja, st.name_en, 0
              FROM initiative_state_aud a LEFT JOIN us_state st ON st.code = a.state_code WHERE a.initiative_id = :id
            ORDER BY rev, revtype DESC, position, code
            """;

    private static final String ELEMENT_CHANGES = """
            SELECT rev, 'partners' AS field, revtype, position, name AS indicator_ja, name AS indicator_en,
                   sector_kind AS kind, NULL::numeric AS target_value, NULL::numeric AS actual_value,
                   NULL AS unit_ja, NULL AS unit_en
              FROM initiative_partner_aud WHERE initiative_id = :id
            UNION ALL
            SELECT rev, 'targets', revtype, position, indicator_ja, indicator_en, NULL, target_value, actual_value,
                   unit_ja, unit_en
              FROM initiative_target_aud WHERE initiative_id = :id
            ORDER BY rev, revtype DESC, position
            """;

    private final JdbcClient jdbc;

    public InitiativeHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<InitiativeRevisionView> history(long id) {
        List<Revision> revisions = jdbc.sql("""
                        SELECT a.*, r.username, r.revtstmp,
                               m.name_ja AS mission_ja, m.name_en AS mission_en,
                               t.label_ja AS tier_ja, t.label_en AS tier_en
                          FROM initiative_aud a
                          JOIN revinfo r ON r.rev = a.rev
                          LEFT JOIN diplomatic_mission m ON m.code = a.lead_mission_code
                          LEFT JOIN interest_tier t ON t.code = a.interest_tier_code
                         WHERE a.id = :id
                         ORDER BY a.rev
                        """)
                .param("id", id)
                .query(InitiativeHistoryQueries::revision)
                .list();
        Map<Long, List<ElementChange>> changesByRevision = new LinkedHashMap<>();
        jdbc.sql(CODE_CHANGES).param("id", id).query(rs -> {
            String code = rs.getString("code");
            String ja = rs.getString("label_ja");
            String en = rs.getString("label_en");
            add(changesByRevision, rs, code, new HistoryItem(ja == null ? code : ja, en == null ? code : en, null));
        });
        jdbc.sql(ELEMENT_CHANGES).param("id", id).query(rs -> {
            add(changesByRevision, rs, "%06d".formatted(rs.getInt("position")), element(rs));
        });
        return compare(revisions, changesByRevision);
    }

    private static List<InitiativeRevisionView> compare(
            List<Revision> revisions, Map<Long, List<ElementChange>> changesByRevision) {
        Map<String, Map<String, HistoryItem>> collections = new LinkedHashMap<>();
        COLLECTION_FIELDS.forEach(field -> collections.put(field, new TreeMap<>()));
        Map<String, List<HistoryItem>> previous = new LinkedHashMap<>();
        List<InitiativeRevisionView> views = new ArrayList<>();
        for (Revision revision : revisions) {
            for (ElementChange change : changesByRevision.getOrDefault(revision.rev(), List.of())) {
                var values = collections.get(change.field());
                if (change.removed()) {
                    values.remove(change.key());
                } else {
                    values.put(change.key(), change.item());
                }
            }
            Map<String, List<HistoryItem>> current = new LinkedHashMap<>(revision.scalars());
            collections.forEach((field, values) -> current.put(field, List.copyOf(values.values())));
            List<FieldChange<List<HistoryItem>>> changes = new ArrayList<>();
            current.forEach((field, value) -> {
                List<HistoryItem> before = previous.getOrDefault(field, List.of());
                boolean initialFlag = previous.isEmpty() && FLAG_FIELDS.contains(field);
                if (!Objects.equals(before, value) && !initialFlag) {
                    changes.add(new FieldChange(field, before, value));
                }
            });
            boolean first = previous.isEmpty();
            views.add(new InitiativeRevisionView(
                    revision.rev(),
                    revision.username(),
                    revision.savedAt(),
                    revision.added(),
                    first && !revision.added(),
                    changes));
            previous.clear();
            previous.putAll(current);
        }
        Collections.reverse(views);
        return views;
    }

    private record Revision(
            long rev, String username, Instant savedAt, boolean added, Map<String, List<HistoryItem>> scalars) {}

    private record ElementChange(String field, String key, boolean removed, HistoryItem item) {}

    private static void add(Map<Long, List<ElementChange>> changes, ResultSet rs, String key, HistoryItem item)
            throws SQLException {
        changes.computeIfAbsent(rs.getLong("rev"), rev -> new ArrayList<>())
                .add(new ElementChange(rs.getString("field"), key, rs.getInt("revtype") == 2, item));
    }

    private static HistoryItem element(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        if (kind != null) {
            String name = rs.getString("indicator_ja");
            return new HistoryItem(name, name, "initiative.partnerKind." + kind);
        }
        return HistoryItem.target(TargetFigures.read(rs));
    }

    private static Revision revision(ResultSet rs, int rowNum) throws SQLException {
        Map<String, List<HistoryItem>> scalars = new LinkedHashMap<>();
        scalars.put("titleJa", text(rs.getString("title_ja")));
        scalars.put("titleEn", text(rs.getString("title_en")));
        scalars.put("summaryJa", text(rs.getString("summary_ja")));
        scalars.put("summaryEn", text(rs.getString("summary_en")));
        String status = rs.getString("status");
        scalars.put("status", status == null ? List.of() : List.of(HistoryItem.key("initiative.status." + status)));
        scalars.put("startDate", date(rs.getObject("start_date", LocalDate.class)));
        scalars.put("endDate", date(rs.getObject("end_date", LocalDate.class)));
        Integer fiscalYear = rs.getObject("fiscal_year", Integer.class);
        scalars.put("fiscalYear", fiscalYear == null ? List.of() : List.of(HistoryItem.fiscalYear(fiscalYear)));
        scalars.put("nationwide", flag(rs, "nationwide"));
        scalars.put(
                "leadMission",
                label(rs.getString("lead_mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")));
        scalars.put(
                "interestTier",
                label(rs.getString("interest_tier_code"), rs.getString("tier_ja"), rs.getString("tier_en")));
        scalars.put("archived", flag(rs, "archived"));
        scalars.put("jaTranslationStale", flag(rs, "ja_translation_stale"));
        scalars.put("enTranslationStale", flag(rs, "en_translation_stale"));
        return new Revision(
                rs.getLong("rev"),
                rs.getString("username"),
                Instant.ofEpochMilli(rs.getLong("revtstmp")),
                rs.getInt("revtype") == 0,
                scalars);
    }

    private static List<HistoryItem> text(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : List.of(HistoryItem.text(value));
    }

    private static List<HistoryItem> date(@Nullable LocalDate value) {
        return value == null ? List.of() : List.of(HistoryItem.date(value));
    }

    private static List<HistoryItem> flag(ResultSet rs, String column) throws SQLException {
        return List.of(HistoryItem.key(rs.getBoolean(column) ? "initiative.yes" : "initiative.no"));
    }

    private static List<HistoryItem> label(@Nullable String code, @Nullable String ja, @Nullable String en) {
        return code == null
                ? List.of()
                : List.of(new HistoryItem(ja == null ? code : ja, en == null ? code : en, null));
    }
}
