package org.grassroots.plan.persistence.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The choices of the report form and the report filters, in display order. */
@Repository
@Transactional(readOnly = true)
public class ReportFormOptions {

    private final JdbcClient jdbc;

    ReportFormOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportOption> missions() {
        return options("SELECT code, name_ja, name_en FROM diplomatic_mission ORDER BY sort_order");
    }

    /** Whether the mission may file national reports (no state), as the Embassy does. */
    public boolean hasNationalScope(String missionCode) {
        return jdbc.sql("SELECT national_scope FROM diplomatic_mission WHERE code = :code")
                .param("code", missionCode)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The plan revisions, oldest first (code and adoption date as the label in both languages). */
    public List<ReportOption> planRevisions() {
        return options("SELECT code, code || ' (' || adopted_on || ')', code || ' (' || adopted_on || ')'"
                + " FROM plan_revision ORDER BY adopted_on");
    }

    public List<ReportOption> states() {
        return options("SELECT code, name_ja, name_en FROM us_state ORDER BY code");
    }

    /** The leaf priority areas, which are the ones a report is classified by. */
    public List<ReportOption> leafPriorityAreas() {
        return options("SELECT code, label_ja, label_en FROM priority_area WHERE leaf ORDER BY sort_order");
    }

    public List<ReportOption> sectors() {
        return options("SELECT code, label_ja, label_en FROM sector ORDER BY sort_order");
    }

    public List<ReportOption> regionalApproaches() {
        return options("SELECT code, label_ja, label_en FROM regional_approach ORDER BY sort_order");
    }

    public List<ReportOption> audiences() {
        return options("SELECT code, label_ja, label_en FROM audience ORDER BY sort_order");
    }

    public List<ReportOption> interestTiers() {
        return options("SELECT code, label_ja, label_en FROM interest_tier ORDER BY sort_order");
    }

    /** Initiatives a report may be linked to (not archived), newest first, labelled with their id and title. */
    public List<ReportOption> initiatives(int limit) {
        return jdbc.sql("""
                        SELECT id, coalesce(title_ja, title_en) AS ja, coalesce(title_en, title_ja) AS en
                        FROM initiative WHERE NOT archived ORDER BY id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new ReportOption(rs.getString("id"), rs.getString("ja"), rs.getString("en")))
                .list();
    }

    /** The states of a mission's jurisdiction with, for states it shares by county, its counties; in two queries. */
    public List<ReportStateOption> jurisdiction(String missionCode) {
        var counties = new LinkedHashMap<String, List<ReportOption>>();
        jdbc.sql("""
                        SELECT j.state_code, c.id, c.name FROM mission_jurisdiction j
                        JOIN jurisdiction_county jc ON jc.jurisdiction_id = j.id
                        JOIN county c ON c.id = jc.county_id
                        WHERE j.mission_code = :mission AND NOT j.whole_state ORDER BY j.state_code, c.name""").param("mission", missionCode).query(rs -> {
            counties.computeIfAbsent(rs.getString("state_code"), key -> new ArrayList<>())
                    .add(new ReportOption(rs.getString("id"), rs.getString("name"), rs.getString("name")));
        });
        return jdbc.sql("""
                        SELECT s.code, s.name_ja, s.name_en, j.whole_state FROM mission_jurisdiction j
                        JOIN us_state s ON s.code = j.state_code WHERE j.mission_code = :mission ORDER BY s.code""")
                .param("mission", missionCode)
                .query((rs, n) -> new ReportStateOption(
                        rs.getString("code"),
                        rs.getString("name_ja"),
                        rs.getString("name_en"),
                        rs.getBoolean("whole_state"),
                        List.copyOf(counties.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    private List<ReportOption> options(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> new ReportOption(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
