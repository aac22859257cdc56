package org.grassroots.plan.persistence.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report counts from {@code report_tally} (ADR 0010), kept exact by triggers in the same transaction as every
 * report change: each method is one statement over at most a few thousand tally rows, at any number of reports.
 * "Accepted" figures count reports with status ACCEPTED dated in the period; drafts are never counted. State
 * figures leave out reports with no state (national reports), which count only in national figures.
 */
@Repository
@Transactional(readOnly = true)
public class ReportTallyQueries {

    private final JdbcClient jdbc;

    public ReportTallyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accepted reports in the period. */
    public long accepted(TallyScope scope, DashboardPeriod period) {
        var params = new HashMap<String, Object>();
        var where = where(TallyDimension.ALL, null, scope, period, params);
        return jdbc.sql("SELECT coalesce(sum(reports), 0) FROM report_tally WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Accepted reports in the period per state (states with none left out), optionally of one area or tier. */
    public List<CodeCount> acceptedByState(
            TallyDimension dimension, @Nullable String dimensionCode, TallyScope scope, DashboardPeriod period) {
        var params = new HashMap<String, Object>();
        var where = where(dimension, dimensionCode, scope, period, params);
        return jdbc.sql("SELECT state_code AS code, sum(reports) AS n FROM report_tally WHERE " + where
                        + " AND state_code IS NOT NULL GROUP BY state_code HAVING sum(reports) <> 0 ORDER BY 1")
                .params(params)
                .query((rs, n) -> new CodeCount(rs.getString("code"), rs.getLong("n")))
                .list();
    }

    /** Accepted reports in the period per priority area, tier or audience (codes with none left out). */
    public List<CodeCount> acceptedBy(TallyDimension dimension, TallyScope scope, DashboardPeriod period) {
        var params = new HashMap<String, Object>();
        var where = where(dimension, null, scope, period, params);
        return jdbc.sql("SELECT dimension_code AS code, sum(reports) AS n FROM report_tally WHERE " + where
                        + " GROUP BY dimension_code HAVING sum(reports) <> 0 ORDER BY 1 NULLS LAST")
                .params(params)
                .query((rs, n) -> new CodeCount(rs.getString("code"), rs.getLong("n")))
                .list();
    }

    /**
     * Accepted reports per month from the month of {@code from} to the month of {@code to} (months with none left
     * out), of one plan revision where {@code planRevision} is given.
     */
    public List<MonthCount> acceptedByMonth(
            TallyScope scope, LocalDate from, LocalDate to, @Nullable String planRevision) {
        var params = new HashMap<String, Object>();
        var where = where(
                TallyDimension.ALL, null, scope, from.withDayOfMonth(1), to.withDayOfMonth(1), planRevision, params);
        return jdbc.sql("SELECT activity_month, sum(reports) AS n FROM report_tally WHERE " + where
                        + " GROUP BY activity_month HAVING sum(reports) <> 0 ORDER BY 1")
                .params(params)
                .query((rs, n) -> new MonthCount(rs.getObject("activity_month", LocalDate.class), rs.getLong("n")))
                .list();
    }

    /** Accepted reports in the period per state and priority area (the coverage matrix; empty cells left out). */
    public List<CellCount> acceptedByStateAndArea(TallyScope scope, DashboardPeriod period) {
        var params = new HashMap<String, Object>();
        var where = where(TallyDimension.AREA, null, scope, period, params);
        return jdbc.sql("SELECT state_code, dimension_code, sum(reports) AS n FROM report_tally WHERE " + where
                        + " AND state_code IS NOT NULL GROUP BY state_code, dimension_code HAVING sum(reports) <> 0")
                .params(params)
                .query((rs, n) ->
                        new CellCount(rs.getString("state_code"), rs.getString("dimension_code"), rs.getLong("n")))
                .list();
    }

    /** Reports of every status dated in the period (drafts included: the mission's own view of its work). */
    public Map<ActivityReportStatus, Long> byStatus(TallyScope scope, DashboardPeriod period) {
        var params = new HashMap<String, Object>();
        var where = scopeWhere(TallyDimension.ALL, scope, params)
                .append(" AND activity_month BETWEEN :fromMonth AND :toMonth");
        params.put("fromMonth", period.firstDay());
        params.put("toMonth", period.lastMonth());
        revision(period.planRevision(), where, params);
        var counts = new java.util.EnumMap<ActivityReportStatus, Long>(ActivityReportStatus.class);
        for (var status : ActivityReportStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, sum(reports) AS n FROM report_tally WHERE " + where + " GROUP BY status")
                .params(params)
                .query((rs, n) -> counts.put(ActivityReportStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Reports waiting for review (submitted or resubmitted), whatever their date. */
    public long awaitingReview(TallyScope scope) {
        var params = new HashMap<String, Object>();
        var where = scopeWhere(TallyDimension.ALL, scope, params).append(" AND status IN ('SUBMITTED', 'RESUBMITTED')");
        return jdbc.sql("SELECT coalesce(sum(reports), 0) FROM report_tally WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static StringBuilder where(
            TallyDimension dimension,
            @Nullable String dimensionCode,
            TallyScope scope,
            DashboardPeriod period,
            Map<String, Object> params) {
        return where(
                dimension, dimensionCode, scope, period.firstDay(), period.lastMonth(), period.planRevision(), params);
    }

    private static StringBuilder where(
            TallyDimension dimension,
            @Nullable String dimensionCode,
            TallyScope scope,
            LocalDate fromMonth,
            LocalDate toMonth,
            @Nullable String planRevision,
            Map<String, Object> params) {
        var where = scopeWhere(dimension, scope, params)
                .append(" AND status = 'ACCEPTED' AND activity_month BETWEEN :fromMonth AND :toMonth");
        params.put("fromMonth", fromMonth);
        params.put("toMonth", toMonth);
        if (dimensionCode != null) {
            where.append(" AND dimension_code = :code");
            params.put("code", dimensionCode);
        }
        revision(planRevision, where, params);
        return where;
    }

    private static void revision(@Nullable String planRevision, StringBuilder where, Map<String, Object> params) {
        if (planRevision != null) {
            where.append(" AND plan_revision_code = :revision");
            params.put("revision", planRevision);
        }
    }

    private static StringBuilder scopeWhere(TallyDimension dimension, TallyScope scope, Map<String, Object> params) {
        var where = new StringBuilder("dimension = :dimension");
        params.put("dimension", dimension.name());
        if (scope.missionCode() != null) {
            where.append(" AND mission_code = :mission");
            params.put("mission", scope.missionCode());
        }
        if (scope.stateCode() != null) {
            where.append(" AND state_code = :state");
            params.put("state", scope.stateCode());
        }
        return where;
    }
}
