package org.grassroots.plan.persistence.dashboard;

import java.util.List;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reference lists the dashboards label their figures with, in display order. */
@Repository
@Transactional(readOnly = true)
public class DashboardReferenceQueries {

    private final JdbcClient jdbc;

    public DashboardReferenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 50 states, DC and the territories, by English name. */
    public List<PlaceRow> places() {
        return jdbc.sql("SELECT code, kind, name_ja, name_en FROM us_state ORDER BY name_en")
                .query((rs, n) -> new PlaceRow(
                        rs.getString("code"), rs.getString("kind"), rs.getString("name_ja"), rs.getString("name_en")))
                .list();
    }

    /** The priority areas reports are classified by (the leaves of the plan's pillars), in the plan's order. */
    public List<CodeLabel> priorityAreas() {
        return labels("SELECT code, label_ja, label_en FROM priority_area WHERE leaf ORDER BY sort_order");
    }

    public List<CodeLabel> interestTiers() {
        return labels("SELECT code, label_ja, label_en FROM interest_tier ORDER BY sort_order");
    }

    public List<CodeLabel> audiences() {
        return labels("SELECT code, label_ja, label_en FROM audience ORDER BY sort_order");
    }

    public List<CodeLabel> missions() {
        return labels(
                "SELECT code, name_ja AS label_ja, name_en AS label_en FROM diplomatic_mission ORDER BY sort_order");
    }

    private List<CodeLabel> labels(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) ->
                        new CodeLabel(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en")))
                .list();
    }
}
