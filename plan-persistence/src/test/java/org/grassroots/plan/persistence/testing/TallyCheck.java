package org.grassroots.plan.persistence.testing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares every row of report_tally with counts computed from the raw report rows (by month and plan revision): the differences, as text,
 * empty when the summary is exact.
 */
public final class TallyCheck {

    private static final String RAW = """
            SELECT to_char(r.activity_date, 'YYYY-MM') AS m, r.mission_code, coalesce(r.state_code, '--') AS st, r.status,
                   coalesce(r.plan_revision_code, '-') AS rev, 'ALL' AS dim, '-' AS code, count(*) AS n
            FROM activity_report r GROUP BY 1, 2, 3, 4, 5
            UNION ALL
            SELECT to_char(r.activity_date, 'YYYY-MM'), r.mission_code, coalesce(r.state_code, '--'), r.status,
                   coalesce(r.plan_revision_code, '-'), 'TIER', coalesce(r.interest_tier_code, '-'), count(*)
            FROM activity_report r GROUP BY 1, 2, 3, 4, 5, 7
            UNION ALL
            SELECT to_char(r.activity_date, 'YYYY-MM'), r.mission_code, coalesce(r.state_code, '--'), r.status,
                   coalesce(r.plan_revision_code, '-'), 'AUDIENCE', coalesce(r.audience_code, '-'), count(*)
            FROM activity_report r GROUP BY 1, 2, 3, 4, 5, 7
            UNION ALL
            SELECT to_char(r.activity_date, 'YYYY-MM'), r.mission_code, coalesce(r.state_code, '--'), r.status,
                   coalesce(r.plan_revision_code, '-'), 'AREA', a.priority_area_code, count(*)
            FROM activity_report r JOIN activity_report_priority_area a ON a.report_id = r.id GROUP BY 1, 2, 3, 4, 5, 7
            """;

    private static final String TALLY = """
            SELECT to_char(activity_month, 'YYYY-MM') AS m, mission_code, coalesce(state_code, '--') AS st, status,
                   coalesce(plan_revision_code, '-') AS rev, dimension AS dim, coalesce(dimension_code, '-') AS code,
                   reports AS n
            FROM report_tally WHERE reports <> 0
            """;

    private TallyCheck() {}

    public static List<String> differences(JdbcClient jdbc) {
        return jdbc.sql("(SELECT 'missing from tally: ' || x::text FROM (" + RAW + " EXCEPT (" + TALLY + ")) x)"
                        + " UNION ALL (SELECT 'not in raw rows: ' || y::text FROM (" + TALLY + " EXCEPT (" + RAW
                        + ")) y)")
                .query(String.class)
                .list();
    }
}
