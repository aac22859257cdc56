package org.grassroots.plan.persistence.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The row shapes that several dashboard pages read alike. */
final class DashboardRows {

    private DashboardRows() {}

    /** The reference values that a query with one named parameter finds, in the query's order. */
    static List<CodeLabel> codeLabels(JdbcClient jdbc, String sql, String name, String value) {
        return jdbc.sql(sql).param(name, value).query(DashboardRows::codeLabel).list();
    }

    /** A reference value from the columns {@code code}, {@code label_ja} and {@code label_en}. */
    static CodeLabel codeLabel(ResultSet rs, int rowNum) throws SQLException {
        return new CodeLabel(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en"));
    }

    /** An initiative from {@code id}, {@code title_ja}, {@code title_en}, {@code status}, {@code fiscal_year}. */
    static InitiativeSummaryRow initiative(ResultSet rs, List<TargetFigures> targets) throws SQLException {
        return new InitiativeSummaryRow(
                rs.getLong("id"),
                rs.getString("title_ja"),
                rs.getString("title_en"),
                InitiativeStatus.valueOf(rs.getString("status")),
                rs.getInt("fiscal_year"),
                targets);
    }
}
