package org.grassroots.plan.persistence.activity;

import java.util.List;
import org.grassroots.plan.core.activity.ReportingPeriod;
import org.grassroots.plan.core.activity.ReportingYears;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Periods inserted with ON CONFLICT DO NOTHING on (fiscal_year, quarter): the first node to insert one wins. */
@Repository
class JdbcReportingYears implements ReportingYears {

    private final JdbcClient jdbc;

    JdbcReportingYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(FiscalYear fiscalYear) {
        return jdbc.sql("SELECT count(*) FROM reporting_period WHERE fiscal_year = :year")
                        .param("year", fiscalYear.year())
                        .query(Long.class)
                        .single()
                == 4;
    }

    @Override
    public int create(FiscalYear fiscalYear, List<ReportingPeriod> periods) {
        int created = 0;
        for (ReportingPeriod period : periods) {
            created += jdbc.sql("""
                            INSERT INTO reporting_period (fiscal_year, quarter, starts_on, ends_on, due_on)
                            VALUES (:year, :quarter, :start, :end, :due)
                            ON CONFLICT (fiscal_year, quarter) DO NOTHING""")
                    .param("year", period.getFiscalYear())
                    .param("quarter", period.getQuarter())
                    .param("start", period.getStartsOn())
                    .param("end", period.getEndsOn())
                    .param("due", period.getDueOn())
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO reporting_filing (mission_code, period_id, first_filed_at, first_report_id)
                        SELECT DISTINCT ON (r.mission_code, p.id) r.mission_code, p.id,
                               coalesce(r.submitted_at, r.updated_at), r.id
                        FROM activity_report r
                        JOIN reporting_period p ON r.activity_date BETWEEN p.starts_on AND p.ends_on
                        WHERE p.fiscal_year = :year AND r.status IN ('SUBMITTED', 'RESUBMITTED', 'ACCEPTED')
                        ORDER BY r.mission_code, p.id, coalesce(r.submitted_at, r.updated_at)
                        ON CONFLICT (mission_code, period_id) DO NOTHING""").param("year", fiscalYear.year()).update();
        return created;
    }
}
