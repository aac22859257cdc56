package org.grassroots.plan.persistence.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The raw rows of the exports, streamed: PostgreSQL sends them in batches of {@link #FETCH_SIZE} through a cursor
 * (a fetch size inside a read-only transaction), and each row goes to the consumer before the next is read, so a
 * million reports never sit in memory at once. Drafts are not exported: they are not yet reports.
 */
@Repository
public class ExportQueries {

    static final int FETCH_SIZE = 2_000;

    /** The report columns, shared with the benchmark's {@code COPY} of the same rows (bench/export-benchmark.sh). */
    static final String REPORT_SELECT =
            "SELECT r.id, r.status, r.activity_date, r.mission_code, m.name_ja AS mission_ja,"
                    + " m.name_en AS mission_en, r.state_code, s.name_ja AS state_ja, s.name_en AS state_en, r.city,"
                    + " r.activity_type, r.participants, r.audience_code, au.label_ja AS audience_ja,"
                    + " au.label_en AS audience_en, r.initiative_id, r.summary, r.outcome, r.submitted_at, r.reviewed_at,"
                    + " (SELECT " + CodeLabel.aggregate("p.code", "p.label_ja", "p.label_en", "p.sort_order")
                    + " FROM activity_report_priority_area x JOIN priority_area p ON p.code = x.priority_area_code"
                    + " WHERE x.report_id = r.id) AS areas"
                    + " FROM activity_report r JOIN diplomatic_mission m ON m.code = r.mission_code"
                    + " LEFT JOIN us_state s ON s.code = r.state_code LEFT JOIN audience au ON au.code = r.audience_code"
                    + " WHERE r.status <> 'DRAFT' AND";

    private final JdbcClient jdbc;

    public ExportQueries(DataSource dataSource) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
    }

    /** Every non-draft report of the filter, oldest id first, one at a time. */
    @Transactional(readOnly = true)
    public void forEachReport(ExportFilter filter, Consumer<ReportExportRow> consumer) {
        Map<String, Object> params = new HashMap<>();
        String sql = REPORT_SELECT + filter.reportConditions(params) + " ORDER BY r.id";
        jdbc.sql(sql).params(params).query(rs -> {
            consumer.accept(report(rs));
        });
    }

    /** The accepted reports of the filter with the most participants (then the latest), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ReportExportRow> notableReports(ExportFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        String sql = REPORT_SELECT + filter.reportConditions(params)
                + " AND r.status = 'ACCEPTED' ORDER BY r.participants DESC NULLS LAST, r.activity_date DESC, r.id"
                + " LIMIT :limit";
        return jdbc.sql(sql).params(params).query((rs, n) -> report(rs)).list();
    }

    /** Every initiative of the filter (not archived), with targets and its accepted reports in the period. */
    @Transactional(readOnly = true)
    public void forEachInitiative(ExportFilter filter, Consumer<InitiativeExportLine> consumer) {
        Map<String, Object> params = new HashMap<>();
        String reports = filter.reportConditions(params);
        String sql = "SELECT i.id, i.title_ja, i.title_en, i.status, i.fiscal_year, i.start_date, i.end_date,"
                + " i.lead_mission_code, m.name_ja AS mission_ja, m.name_en AS mission_en,"
                + " (SELECT " + CodeLabel.aggregate("p.code", "p.label_ja", "p.label_en", "p.sort_order")
                + " FROM initiative_priority_area x JOIN priority_area p ON p.code = x.priority_area_code"
                + " WHERE x.initiative_id = i.id) AS areas,"
                + " (SELECT " + CodeLabel.aggregate("s.code", "s.name_ja", "s.name_en", "s.code")
                + " FROM initiative_state x JOIN us_state s ON s.code = x.state_code"
                + " WHERE x.initiative_id = i.id) AS states,"
                + " (SELECT string_agg(coalesce(t.indicator_ja, '') || chr(31) || coalesce(t.indicator_en, '')"
                + " || chr(31) || coalesce(t.unit_ja, '') || chr(31) || coalesce(t.unit_en, '') || chr(31)"
                + " || t.target_value || chr(31)"
                + " || coalesce(t.actual_value::text, ''), chr(30) ORDER BY t.position)"
                + " FROM initiative_target t WHERE t.initiative_id = i.id) AS targets,"
                + " (SELECT count(*) FROM activity_report r WHERE r.initiative_id = i.id AND r.status = 'ACCEPTED'"
                + " AND" + reports + ") AS accepted"
                + " FROM initiative i LEFT JOIN diplomatic_mission m ON m.code = i.lead_mission_code WHERE"
                + filter.initiativeConditions(params) + " ORDER BY i.fiscal_year, i.id";
        jdbc.sql(sql).params(params).query(rs -> {
            consumer.accept(new InitiativeExportLine(
                    rs.getLong("id"),
                    rs.getString("title_ja"),
                    rs.getString("title_en"),
                    InitiativeStatus.valueOf(rs.getString("status")),
                    rs.getInt("fiscal_year"),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    CodeLabel.of(
                            rs.getString("lead_mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")),
                    CodeLabel.parseAll(rs.getString("areas")),
                    CodeLabel.parseAll(rs.getString("states")),
                    targets(rs.getString("targets")),
                    rs.getLong("accepted")));
        });
    }

    private static ReportExportRow report(ResultSet rs) throws SQLException {
        return new ReportExportRow(
                rs.getLong("id"),
                ActivityReportStatus.valueOf(rs.getString("status")),
                rs.getObject("activity_date", LocalDate.class),
                new CodeLabel(rs.getString("mission_code"), rs.getString("mission_ja"), rs.getString("mission_en")),
                CodeLabel.of(rs.getString("state_code"), rs.getString("state_ja"), rs.getString("state_en")),
                rs.getString("city"),
                rs.getString("activity_type"),
                CodeLabel.parseAll(rs.getString("areas")),
                rs.getObject("participants", Integer.class),
                CodeLabel.of(rs.getString("audience_code"), rs.getString("audience_ja"), rs.getString("audience_en")),
                rs.getObject("initiative_id", Long.class),
                rs.getString("summary"),
                rs.getString("outcome"),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("reviewed_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<TargetFigures> targets(@Nullable String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        List<TargetFigures> targets = new ArrayList<>();
        for (String item : aggregated.split(CodeLabel.ITEM_SEPARATOR)) {
            String[] f = item.split(CodeLabel.FIELD_SEPARATOR, 6);
            targets.add(new TargetFigures(
                    blankToNull(f[0]),
                    blankToNull(f[1]),
                    blankToNull(f[2]),
                    blankToNull(f[3]),
                    new BigDecimal(f[4]),
                    f[5].isEmpty() ? null : new BigDecimal(f[5])));
        }
        return List.copyOf(targets);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
