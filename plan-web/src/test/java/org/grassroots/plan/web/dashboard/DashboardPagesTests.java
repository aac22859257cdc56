package org.grassroots.plan.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each dashboard in both languages on the demo data, the fiscal-year boundary, who lands where. */
@WebIntegrationTest
class DashboardPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportingPeriodProvisioning provisioning;

    @Autowired
    Clock clock;

    static final Pattern FILING = Pattern.compile("data-quarter=\"(\\d)\" data-filing=\"([A-Z_]+)\"");

    RequestPostProcessor viewer;
    RequestPostProcessor reporter;

    @BeforeEach
    void signIn() {
        var users = new TestUsers(context);
        users.ensure("dash-pages-viewer", Role.VIEWER, null);
        users.ensure("dash-pages-chi", Role.MISSION_REPORTER, "CG-CHI");
        viewer = authentication(users.signIn("dash-pages-viewer"));
        reporter = authentication(users.signIn("dash-pages-chi"));
    }

    @Test
    void everyPageRendersInBothLanguagesWithTheDemoFigures() throws Exception {
        var headings = Map.of(
                "/", new String[] {"全国の概況", "National overview"},
                "/states/OH", new String[] {"オハイオ州", "Ohio"},
                "/areas/ENERGY", new String[] {"エネルギー", "Energy"},
                "/coverage", new String[] {"カバー状況：州と重点分野", "Coverage: states and priority areas"},
                "/missions/CG-CHI", new String[] {"在シカゴ日本国総領事館", "Consulate-General of Japan in Chicago"});
        var pages = new DashboardFigures(mvc, viewer);
        int fy = DashboardPagesTests.currentFiscalYear(jdbc);
        for (var entry : headings.entrySet()) {
            var ja = pages.page(entry.getKey() + "?fy=" + fy + "&lang=ja");
            var en = pages.page(entry.getKey() + "?fy=" + fy + "&lang=en");
            assertThat(ja).contains("<h1>" + entry.getValue()[0]).contains("lang=\"ja\"");
            assertThat(en).contains("<h1>" + entry.getValue()[1]).contains("lang=\"en\"");
        }
        long accepted = jdbc.sql("SELECT count(*) FROM activity_report WHERE status = 'ACCEPTED' AND state_code = 'OH'"
                        + " AND activity_date BETWEEN make_date(:fy, 4, 1) AND make_date(:fy + 1, 3, 31)")
                .param("fy", fy)
                .query(Long.class)
                .single();
        assertThat(pages.figure("/states/OH?fy=" + fy, "data-figure=\"accepted\""))
                .isEqualTo(accepted);
        var national = pages.page("/?fy=" + fy);
        assertThat(national).contains("aria-label=\"オハイオ州：").contains("<path d=\"M");
        for (var territory : new String[] {"PR", "GU", "VI", "AS", "MP"}) {
            assertThat(national).contains("/states/" + territory + "?fy=" + fy);
        }
        assertThat(national.split("<a href=\"/states/").length - 1).isGreaterThanOrEqualTo(56);
    }

    @Test
    void aReportOfTheLastDayOfMarchCountsInTheEndingFiscalYearOnTheDashboards() throws Exception {
        var pages = new DashboardFigures(mvc, viewer);
        long fy2025 = pages.figure("/states/VT?fy=2025", "data-figure=\"accepted\"");
        long fy2026 = pages.figure("/states/VT?fy=2026", "data-figure=\"accepted\"");
        long march = pages.figure("/states/VT?fy=2025&q=4", "data-figure=\"accepted\"");
        long april = pages.figure("/states/VT?fy=2026&q=1", "data-figure=\"accepted\"");
        long author = jdbc.sql("SELECT min(id) FROM app_user").query(Long.class).single();
        for (var date : new String[] {"2026-03-31", "2026-04-01"}) {
            long id = jdbc.sql("""
                            INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                language, status, author_id, last_modified_by_id)
                            VALUES ('CG-BOS', 'VT', CAST(:date AS date), 'MEDIA', 'FY boundary', 'en', 'ACCEPTED',
                                :author, :author) RETURNING id""")
                    .param("date", date)
                    .param("author", author)
                    .query(Long.class)
                    .single();
            jdbc.sql("INSERT INTO activity_report_priority_area VALUES (:id, 'ENERGY')")
                    .param("id", id)
                    .update();
        }
        try {
            assertThat(pages.figure("/states/VT?fy=2025", "data-figure=\"accepted\""))
                    .isEqualTo(fy2025 + 1);
            assertThat(pages.figure("/states/VT?fy=2026", "data-figure=\"accepted\""))
                    .isEqualTo(fy2026 + 1);
            assertThat(pages.figure("/states/VT?fy=2025&q=4", "data-figure=\"accepted\""))
                    .isEqualTo(march + 1);
            assertThat(pages.figure("/states/VT?fy=2026&q=1", "data-figure=\"accepted\""))
                    .isEqualTo(april + 1);
        } finally {
            jdbc.sql("DELETE FROM activity_report WHERE summary = 'FY boundary' AND state_code = 'VT'")
                    .update();
        }
    }

    @Test
    void theDashboardsCountOnlyTheActivitiesOfTheChosenPlanRevision() throws Exception {
        var pages = new DashboardFigures(mvc, viewer);
        String quarter = "/states/VT?fy=2025&q=3";
        long all = pages.figure(quarter, "data-figure=\"accepted\"");
        long under3 = pages.figure(quarter + "&revision=AP-3.0", "data-figure=\"accepted\"");
        long under4 = pages.figure(quarter + "&revision=AP-4.0", "data-figure=\"accepted\"");
        long author = jdbc.sql("SELECT min(id) FROM app_user").query(Long.class).single();
        for (var date : new String[] {"2025-12-17", "2025-12-18"}) {
            jdbc.sql("""
                            INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                                language, status, author_id, last_modified_by_id)
                            VALUES ('CG-BOS', 'VT', CAST(:date AS date), 'MEDIA', 'Revision boundary', 'en', 'ACCEPTED',
                                :author, :author)""").param("date", date).param("author", author).update();
        }
        try {
            assertThat(pages.figure(quarter, "data-figure=\"accepted\"")).isEqualTo(all + 2);
            assertThat(pages.figure(quarter + "&revision=AP-3.0", "data-figure=\"accepted\""))
                    .isEqualTo(under3 + 1);
            assertThat(pages.figure(quarter + "&revision=AP-4.0", "data-figure=\"accepted\""))
                    .isEqualTo(under4 + 1);
            assertThat(pages.figure(quarter + "&revision=NO-SUCH", "data-figure=\"accepted\""))
                    .isEqualTo(all + 2);
            assertThat(new DashboardFigures(mvc, viewer).page(quarter + "&revision=AP-4.0&lang=en"))
                    .contains("Only activities under AP-4.0")
                    .contains("revision=AP-4.0");
        } finally {
            jdbc.sql("DELETE FROM activity_report WHERE summary = 'Revision boundary' AND state_code = 'VT'")
                    .update();
        }
    }

    @Test
    void aMissionReporterSeesTheMissionPageFirstWithItsOpenWork() throws Exception {
        var page = new DashboardFigures(mvc, reporter).page("/?lang=en");
        assertThat(page).contains("<h1>Consulate-General of Japan in Chicago</h1>");
        assertThat(page).contains("Your drafts and returned reports").contains("Reporting periods");
        // On the first days of a fiscal year no period is due yet, so there is no rate to show.
        assertThat(page).containsAnyOf("Reporting rate", "No period of this fiscal year is due yet.");
        var other = new DashboardFigures(mvc, reporter).page("/missions/CG-HOU?lang=en");
        assertThat(other).doesNotContain("Your drafts and returned reports").doesNotContain("data-status=\"DRAFT\"");
        var national = new DashboardFigures(mvc, reporter).page("/?fy=" + currentFiscalYear(jdbc) + "&lang=en");
        assertThat(national).contains("National overview");
    }

    @Test
    void aMissionsTimelinessFollowsTheDeadlineInItsOwnTimeZone() throws Exception {
        provisioning.ensure(FiscalYear.of(2017));
        long author = new TestUsers(context).ensure("dash-pages-anc", Role.MISSION_REPORTER, "CO-ANC");
        // FY2017 Q1 is due on 15 July 2017: filed at 23:30 that day in Anchorage, already 16 July in Tokyo.
        var filedAt = ZonedDateTime.of(2017, 7, 15, 23, 30, 0, 0, ZoneId.of("America/Anchorage"));
        jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                            language, status, author_id, last_modified_by_id, submitted_at)
                        VALUES ('CO-ANC', 'AK', DATE '2017-05-10', 'MEDIA', 'Filed at the last minute in Anchorage',
                            'en', 'SUBMITTED', :author, :author, :at)""")
                .param("author", author)
                .param("at", filedAt.toOffsetDateTime())
                .update();

        for (String mission : List.of("CO-ANC", "CG-HNL", "CG-NYC", "CG-HGT")) {
            var page = new DashboardFigures(mvc, viewer).page("/missions/" + mission + "?fy=2017&lang=en");
            var shown = new HashMap<Integer, String>();
            var cells = FILING.matcher(page);
            while (cells.find()) {
                shown.put(Integer.parseInt(cells.group(1)), cells.group(2));
            }
            assertThat(shown).as(mission).isEqualTo(expectedFiling(mission, 2017));
        }
        assertThat(new DashboardFigures(mvc, viewer).page("/missions/CO-ANC?fy=2017&lang=en"))
                .contains("data-quarter=\"1\" data-filing=\"ON_TIME\"");
    }

    /** On time, late, missing or open per quarter, by the rule computed here in SQL from the first filings. */
    private Map<Integer, String> expectedFiling(String mission, int fiscalYear) {
        var result = new HashMap<Integer, String>();
        jdbc.sql("""
                        SELECT p.quarter,
                               CASE WHEN f.first_filed_at IS NOT NULL THEN
                                        CASE WHEN f.first_filed_at < (p.due_on + 1)::timestamp AT TIME ZONE m.time_zone
                                             THEN 'ON_TIME' ELSE 'LATE' END
                                    WHEN :now >= (p.due_on + 1)::timestamp AT TIME ZONE m.time_zone THEN 'MISSING'
                                    ELSE 'OPEN' END AS status
                        FROM reporting_period p CROSS JOIN diplomatic_mission m
                        LEFT JOIN reporting_filing f ON f.mission_code = m.code AND f.period_id = p.id
                        WHERE m.code = :mission AND p.fiscal_year = :year""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("mission", mission)
                .param("year", fiscalYear)
                .query((rs, n) -> result.put(rs.getInt("quarter"), rs.getString("status")))
                .list();
        return result;
    }

    @Test
    void unknownCodesAnswerNotFound() throws Exception {
        mvc.perform(get("/states/ZZ").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/areas/NOPE").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/missions/CG-XXX").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/coverage").param("fy", "abc").with(viewer)).andExpect(status().isBadRequest());
    }

    static int currentFiscalYear(JdbcClient jdbc) {
        return jdbc.sql(
                        "SELECT CAST(extract(year FROM (now() AT TIME ZONE 'Asia/Tokyo') - interval '3 months') AS int)")
                .query(Integer.class)
                .single();
    }
}
