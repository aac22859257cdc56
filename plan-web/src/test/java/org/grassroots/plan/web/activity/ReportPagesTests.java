package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.activity.ReportRequests.form;
import static org.grassroots.plan.web.activity.ReportRequests.idFrom;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report list, the review queue, the mission page and the calendar: who sees what, filters, order. */
class ReportPagesTests extends ReportTestSupport {

    AppUser houston;
    AppUser chicago;
    AppUser hq;
    AppUser viewer;

    @BeforeEach
    void createUsers() {
        houston = people.reporter("hou", "CG-HOU");
        chicago = people.reporter("chi", "CG-CHI");
        hq = people.user("hq", Role.HQ_EDITOR);
        viewer = people.user("viewer", Role.VIEWER);
    }

    @Test
    void draftsBelongToTheirMissionUntilSubmittedWithAdministratorsForSupport() throws Exception {
        var admin = people.user("admin", Role.ADMIN);
        var draft = file(houston, "TX", "Houston draft " + System.nanoTime(), "draft");
        var submitted = file(houston, "TX", "Houston submitted " + System.nanoTime(), "submit");
        long draftId = db.idOf(draft);

        for (AppUser reader : new AppUser[] {houston, admin}) {
            mvc.perform(get("/reports").param("mission", "CG-HOU").with(people.as(reader)))
                    .andExpect(content().string(containsString(draft)))
                    .andExpect(content().string(containsString(submitted)));
            mvc.perform(get("/reports/" + draftId).with(people.as(reader))).andExpect(status().isOk());
        }
        for (AppUser reader : new AppUser[] {hq, chicago, viewer}) {
            mvc.perform(get("/reports").param("mission", "CG-HOU").with(people.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(draft))))
                    .andExpect(content().string(containsString(submitted)));
            mvc.perform(get("/reports/" + draftId).with(people.as(reader))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/reports/" + draftId + "/edit").with(people.as(hq))).andExpect(status().isForbidden());
        for (String action : new String[] {"submit", "delete"}) {
            mvc.perform(post("/reports/" + draftId + "/" + action)
                            .param("version", String.valueOf(db.version(draftId)))
                            .with(csrf())
                            .with(people.as(hq)))
                    .andExpect(status().isForbidden());
        }
        assertThat(db.status(draftId)).as("another mission's draft, untouched").isEqualTo("DRAFT");

        var hqDraft = "HQ draft for Houston " + System.nanoTime();
        var fields = db.valid("TX", hqDraft);
        fields.put("missionCode", "CG-HOU");
        mvc.perform(form("/reports/new", fields, "draft").with(people.as(hq))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports").param("mission", "CG-HOU").with(people.as(hq)))
                .andExpect(content().string(containsString(hqDraft)));
        mvc.perform(get("/reports/" + db.idOf(hqDraft)).with(people.as(hq))).andExpect(status().isOk());
        mvc.perform(get("/reports")
                        .param("mission", "CG-HOU")
                        .param("status", "DRAFT")
                        .param("state", "TX")
                        .param("area", "SCIENCE_TECH")
                        .param("fy", String.valueOf(fiscalYear()))
                        .with(people.as(houston)))
                .andExpect(content().string(containsString(draft)))
                .andExpect(content().string(not(containsString(submitted))));
        mvc.perform(get("/reports")
                        .param("status", "NOT_A_STATUS")
                        .param("page", "2")
                        .with(people.as(viewer)))
                .andExpect(status().isOk());
    }

    @Test
    void theReviewQueueListsSubmittedReportsOldestFirstForHqOnly() throws Exception {
        var older = file(houston, "TX", "Queue older " + System.nanoTime(), "submit");
        var newer = file(houston, "TX", "Queue newer " + System.nanoTime(), "submit");
        var draft = file(houston, "TX", "Queue draft " + System.nanoTime(), "draft");

        var page = mvc.perform(get("/reports/review").param("mission", "CG-HOU").with(people.as(hq)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(older, newer).doesNotContain(draft);
        assertThat(page.indexOf(older)).isLessThan(page.indexOf(newer));

        mvc.perform(get("/reports/review").with(people.as(houston))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/review").with(people.as(viewer))).andExpect(status().isForbidden());
    }

    @Test
    void aLongQueuePagesLikeTheOtherLists() throws Exception {
        var marker = "Long queue " + System.nanoTime();
        var template = file(houston, "TX", marker + " template", "submit");
        jdbc.sql("""
                        INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type, summary,
                            language, status, author_id, last_modified_by_id, submitted_at)
                        SELECT r.mission_code, r.state_code, r.activity_date, r.activity_type, :marker || ' ' || g,
                            r.language, 'SUBMITTED', r.author_id, r.last_modified_by_id, r.submitted_at
                        FROM activity_report r CROSS JOIN generate_series(1, 600) AS g
                        WHERE r.summary = :template""").param("marker", marker).param("template", template).update();
        try {
            mvc.perform(get("/reports/review")
                            .param("mission", "CG-HOU")
                            .param("lang", "en")
                            .with(people.as(hq)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Page 1 of ")))
                    .andExpect(content().string(containsString("rel=\"next\"")))
                    .andExpect(content().string(not(containsString(marker + " 26<"))));
        } finally {
            jdbc.sql("DELETE FROM activity_report WHERE summary LIKE :m")
                    .param("m", marker + "%")
                    .update();
        }
    }

    @Test
    void theMissionPageShowsReturnedReportsWithTheCommentAndTheCounts() throws Exception {
        var summary = "Returned for the mission page " + System.nanoTime();
        var fields = db.valid("TX", summary);
        long id = idFrom(mvc.perform(form("/reports/new", fields, "submit").with(people.as(houston)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        mvc.perform(post("/reports/" + id + "/return")
                .param("version", String.valueOf(db.version(id)))
                .param("comment", "Name the counterpart, please.")
                .with(csrf())
                .with(people.as(hq)));

        mvc.perform(get("/reports/mine").param("lang", "en").with(people.as(houston)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Returned to you")))
                .andExpect(content().string(containsString("Name the counterpart, please.")))
                .andExpect(content().string(containsString("report-row--returned")))
                .andExpect(content().string(containsString("Reporting due dates in FY")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/reports/mine").with(people.as(hq))).andExpect(status().isForbidden());
    }

    @Test
    void aListNamesEachReportWithItsFirstWordsInTheLanguageTheyAreWrittenIn() throws Exception {
        String words = "日本語の概要" + System.nanoTime();
        var fields = db.valid("TX", words + " を記録");
        fields.put("activityDate", db.today().toString());
        fields.put("language", "ja");
        mvc.perform(form("/reports/new", fields, "submit").with(people.as(houston)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/reports")
                        .param("mission", "CG-HOU")
                        .param("state", "TX")
                        .param("lang", "en")
                        .with(people.as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<q lang=\"ja\">" + words)))
                .andExpect(content().string(containsString("Consulate-General of Japan in Houston, Texas, ")));
    }

    @Test
    void hqSeesTheCalendarBoardAndMovesADueDate() throws Exception {
        // Dated today, so that it falls in the period the board shows even on the first day of a quarter.
        var fields = db.valid("TX", "Filed for the board " + System.nanoTime());
        fields.put("activityDate", db.today().toString());
        mvc.perform(form("/reports/new", fields, "submit").with(people.as(houston)))
                .andExpect(status().is3xxRedirection());

        var page = mvc.perform(get("/reports/calendar").param("lang", "en").with(people.as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who has filed for")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var houstonRow = page.substring(page.indexOf("Consulate-General of Japan in Houston"));
        assertThat(houstonRow.substring(0, houstonRow.indexOf("</tr>"))).contains("Filed");

        var period = jdbc.sql(
                        "SELECT id, version, ends_on FROM reporting_period WHERE fiscal_year = 2030 AND quarter = 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        mvc.perform(post("/reports/calendar/" + period[0])
                        .param("version", String.valueOf(period[1]))
                        .param("dueOn", "2030-07-31")
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(flash().attribute("message", "reports.calendar.saved"));
        assertThat(jdbc.sql("SELECT due_on FROM reporting_period WHERE id = :id")
                        .param("id", period[0])
                        .query(String.class)
                        .single())
                .isEqualTo("2030-07-31");
        // Read again: an earlier run against the same database may have left 2030-07-31, and then nothing changed.
        long version = jdbc.sql("SELECT version FROM reporting_period WHERE id = :id")
                .param("id", period[0])
                .query(Long.class)
                .single();
        mvc.perform(post("/reports/calendar/" + period[0])
                        .param("version", String.valueOf(version))
                        .param("dueOn", "2030-06-01")
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(flash().attribute("reportError", "reports.error.dueBeforeEnd"));
        mvc.perform(post("/reports/calendar/" + period[0])
                        .param("version", String.valueOf(version))
                        .param("dueOn", "2030-08-31")
                        .with(csrf())
                        .with(people.as(houston)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/calendar").with(people.as(viewer))).andExpect(status().isForbidden());
    }

    private String file(AppUser reporter, String state, String summary, String action) throws Exception {
        mvc.perform(form("/reports/new", db.valid(state, summary), action).with(people.as(reporter)))
                .andExpect(status().is3xxRedirection());
        return summary;
    }

    private int fiscalYear() {
        return org.grassroots.plan.core.fiscal.FiscalYear.containing(db.today().minusDays(1))
                .year();
    }
}
