package org.grassroots.plan.persistence.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an export covers: activity dates from {@code from} to {@code to} (inclusive), the fiscal years of initiatives,
 * and optionally priority areas (a pillar includes its areas), missions, states and the plan revision in effect on
 * the activity's date. Empty lists (and no revision) mean all.
 */
public record ExportFilter(
        LocalDate from,
        LocalDate to,
        int firstFiscalYear,
        int lastFiscalYear,
        List<String> areas,
        List<String> missions,
        List<String> states,
        @Nullable String planRevision) {

    public ExportFilter {
        areas = List.copyOf(areas);
        missions = List.copyOf(missions);
        states = List.copyOf(states);
    }

    public ExportFilter(
            LocalDate from,
            LocalDate to,
            int firstFiscalYear,
            int lastFiscalYear,
            List<String> areas,
            List<String> missions,
            List<String> states) {
        this(from, to, firstFiscalYear, lastFiscalYear, areas, missions, states, null);
    }

    /** The conditions on {@code activity_report r} (accepted or not), with their parameters put into params. */
    String reportConditions(Map<String, Object> params) {
        params.put("from", from);
        params.put("to", to);
        StringBuilder where = new StringBuilder(" r.activity_date BETWEEN :from AND :to");
        if (!missions.isEmpty()) {
            params.put("missions", missions);
            where.append(" AND r.mission_code IN (:missions)");
        }
        if (!states.isEmpty()) {
            params.put("states", states);
            where.append(" AND r.state_code IN (:states)");
        }
        if (!areas.isEmpty()) {
            params.put("areas", areas);
            where.append(" AND EXISTS (SELECT 1 FROM activity_report_priority_area xa JOIN priority_area pa"
                    + " ON pa.code = xa.priority_area_code WHERE xa.report_id = r.id"
                    + " AND (pa.code IN (:areas) OR pa.parent_code IN (:areas)))");
        }
        if (planRevision != null) {
            params.put("revision", planRevision);
            where.append(" AND r.plan_revision_code = :revision");
        }
        return where.toString();
    }

    /** The conditions on {@code initiative i}: not archived, in the fiscal years, and the optional filters. */
    String initiativeConditions(Map<String, Object> params) {
        params.put("firstFy", firstFiscalYear);
        params.put("lastFy", lastFiscalYear);
        StringBuilder where = new StringBuilder(" NOT i.archived AND i.fiscal_year BETWEEN :firstFy AND :lastFy");
        if (!missions.isEmpty()) {
            params.put("missions", missions);
            where.append(" AND i.lead_mission_code IN (:missions)");
        }
        if (!states.isEmpty()) {
            params.put("states", states);
            where.append(" AND EXISTS (SELECT 1 FROM initiative_state xs WHERE xs.initiative_id = i.id"
                    + " AND xs.state_code IN (:states))");
        }
        if (!areas.isEmpty()) {
            params.put("areas", areas);
            where.append(" AND EXISTS (SELECT 1 FROM initiative_priority_area xa JOIN priority_area pa"
                    + " ON pa.code = xa.priority_area_code WHERE xa.initiative_id = i.id"
                    + " AND (pa.code IN (:areas) OR pa.parent_code IN (:areas)))");
        }
        return where.toString();
    }
}
