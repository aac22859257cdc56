package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.activity.ReportRequests.form;
import static org.grassroots.plan.web.activity.ReportRequests.idFrom;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every change of a report or a reporting period names the version its author saw; a request made from an older
 * page (someone else changed it since) is refused with 409 and changes nothing. Each test first moves the record
 * on by one version, then sends the version from before, so that each would fail without the version check.
 */
class ReportStaleVersionTests extends ReportTestSupport {

    AppUser chicago;
    AppUser hq;
    AppUser hq2;
    AppUser admin;

    @BeforeEach
    void createUsers() {
        chicago = people.reporter("chi", "CG-CHI");
        hq = people.user("hq", Role.HQ_EDITOR);
        hq2 = people.user("hqtwo", Role.HQ_EDITOR);
        admin = people.user("admin", Role.ADMIN);
    }

    @Test
    void anEditFromAnOlderPageIsRefused() throws Exception {
        long id = draft("Stale edit");
        long seen = db.version(id);
        revise(id, "Changed by a colleague " + System.nanoTime(), "draft");
        String current = db.summary(id);

        var edit = db.valid("IL", "Overwrites the colleague's change");
        edit.put("version", String.valueOf(seen));
        mvc.perform(form("/reports/" + id + "/edit", edit, "draft").with(people.as(chicago)))
                .andExpect(stale());

        assertThat(db.summary(id)).isEqualTo(current);
    }

    @Test
    void aSubmitFromAnOlderPageIsRefused() throws Exception {
        long id = draft("Stale submit");
        long seen = db.version(id);
        revise(id, "Changed before the submit " + System.nanoTime(), "draft");

        mvc.perform(transition(id, "submit", seen).with(people.as(chicago))).andExpect(stale());

        assertThat(db.status(id)).isEqualTo("DRAFT");
    }

    /** An accept or a return (with its comment) from the page seen before the report was returned and resubmitted. */
    @ParameterizedTest
    @CsvSource({"accept,", "return,Based on the old text"})
    void aReviewFromAnOlderPageIsRefused(String action, @Nullable String comment) throws Exception {
        long id = draft("Stale " + action);
        long seen = submit(id);
        returnToMission(id);
        revise(id, "Corrected and resubmitted " + System.nanoTime(), "submit");
        assertThat(db.status(id)).isEqualTo("RESUBMITTED");

        var review = transition(id, action, seen);
        if (comment != null) {
            review.param("comment", comment);
        }
        mvc.perform(review.with(people.as(hq2))).andExpect(stale());

        assertThat(db.status(id)).isEqualTo("RESUBMITTED");
    }

    @Test
    void aReopenFromAnOlderPageIsRefused() throws Exception {
        long id = draft("Stale reopen");
        submit(id);
        accept(id);
        long seen = db.version(id);
        mvc.perform(transition(id, "reopen", seen)
                        .param("reason", "First reopen")
                        .with(people.as(admin)))
                .andExpect(flash().attribute("message", "reports.reopened"));
        revise(id, "Corrected after reopening " + System.nanoTime(), "submit");
        accept(id);

        mvc.perform(transition(id, "reopen", seen)
                        .param("reason", "From an old tab")
                        .with(people.as(admin)))
                .andExpect(stale());

        assertThat(db.status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aDueDateChangeFromAnOlderPageIsRefused() throws Exception {
        var period = jdbc.sql("""
                        SELECT id, version, ends_on FROM reporting_period
                        WHERE fiscal_year = 2031 AND quarter = 2""")
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                })
                .single();
        long id = (long) period[0];
        long seen = (long) period[1];
        var endsOn = (LocalDate) period[2];
        var current = jdbc.sql("SELECT due_on FROM reporting_period WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
        var colleagues = current.equals(endsOn.plusDays(20)) ? endsOn.plusDays(21) : endsOn.plusDays(20);
        mvc.perform(moveDueDate(id, seen, colleagues).with(people.as(hq2)))
                .andExpect(flash().attribute("message", "reports.calendar.saved"));

        mvc.perform(moveDueDate(id, seen, endsOn.plusDays(40)).with(people.as(hq)))
                .andExpect(stale());

        assertThat(jdbc.sql("SELECT due_on FROM reporting_period WHERE id = :id")
                        .param("id", id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(colleagues);
    }

    /** The conflict page of a stale version, not the one of a refused transition (which is also a 409). */
    private static ResultMatcher stale() {
        return result -> {
            status().isConflict().match(result);
            view().name("error/409").match(result);
        };
    }

    private long draft(String summary) throws Exception {
        var fields = db.valid("IL", summary + " " + System.nanoTime());
        return idFrom(mvc.perform(form("/reports/new", fields, "draft").with(people.as(chicago)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    }

    private void revise(long id, String summary, String action) throws Exception {
        var fields = db.valid("IL", summary);
        fields.put("version", String.valueOf(db.version(id)));
        mvc.perform(form("/reports/" + id + "/edit", fields, action).with(people.as(chicago)))
                .andExpect(status().is3xxRedirection());
        assertThat(db.summary(id)).isEqualTo(summary);
    }

    /** Submits the draft and returns the version the reviewer then sees. */
    private long submit(long id) throws Exception {
        mvc.perform(transition(id, "submit", db.version(id)).with(people.as(chicago)))
                .andExpect(status().is3xxRedirection());
        assertThat(db.status(id)).isEqualTo("SUBMITTED");
        return db.version(id);
    }

    private void returnToMission(long id) throws Exception {
        mvc.perform(transition(id, "return", db.version(id))
                        .param("comment", "Please add the county.")
                        .with(people.as(hq)))
                .andExpect(flash().attribute("message", "reports.returned"));
    }

    private void accept(long id) throws Exception {
        mvc.perform(transition(id, "accept", db.version(id)).with(people.as(hq)))
                .andExpect(flash().attribute("message", "reports.accepted"));
    }

    private static MockHttpServletRequestBuilder transition(long id, String action, long version) {
        return post("/reports/" + id + "/" + action)
                .param("version", String.valueOf(version))
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder moveDueDate(long periodId, long version, LocalDate dueOn) {
        return post("/reports/calendar/" + periodId)
                .param("version", String.valueOf(version))
                .param("dueOn", dueOn.toString())
                .with(csrf());
    }
}
