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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole workflow (draft → submit → return → resubmit → accept → reopen) through the web, with who may do
 * what at each step.
 */
class ReportWorkflowTests extends ReportTestSupport {

    AppUser losAngeles;
    AppUser chicago;
    AppUser hq;
    AppUser hq2;
    AppUser admin;
    AppUser viewer;

    @BeforeEach
    void createUsers() {
        losAngeles = people.reporter("la", "CG-LAX");
        chicago = people.reporter("chi", "CG-CHI");
        hq = people.user("hq", Role.HQ_EDITOR);
        hq2 = people.user("hqtwo", Role.HQ_EDITOR);
        admin = people.user("admin", Role.ADMIN);
        viewer = people.user("viewer", Role.VIEWER);
    }

    @Test
    void draftSubmitReturnResubmitAcceptAndReopen() throws Exception {
        var fields = db.valid("CA", "Workflow seminar in Irvine " + System.nanoTime());
        fields.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        var location = mvc.perform(form("/reports/new", fields, "draft").with(people.as(losAngeles)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = idFrom(location);
        assertThat(db.status(id)).isEqualTo("DRAFT");

        // A draft is its mission's: another mission and a viewer can neither read nor change it.
        mvc.perform(get("/reports/" + id).with(people.as(chicago))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + id).with(people.as(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + id + "/edit").with(people.as(chicago))).andExpect(status().isForbidden());
        mvc.perform(form("/reports/" + id + "/edit", db.valid("IL", "Hijacked"), "draft")
                        .param("version", "0")
                        .with(people.as(chicago)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/delete")
                        .param("version", "0")
                        .with(csrf())
                        .with(people.as(chicago)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/submit")
                        .param("version", "0")
                        .with(csrf())
                        .with(people.as(viewer)))
                .andExpect(status().isForbidden());
        assertThat(db.status(id)).isEqualTo("DRAFT");
        assertThat(db.summary(id)).isEqualTo(fields.get("summary"));

        // Nobody accepts a draft.
        mvc.perform(post("/reports/" + id + "/accept")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("reportError", "reports.refused.NOT_AWAITING_REVIEW"));

        mvc.perform(post("/reports/" + id + "/submit")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(losAngeles)))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(db.status(id)).isEqualTo("SUBMITTED");

        // Submitted: read-only for the mission, readable by everyone, not reviewable by a reporter or a viewer.
        mvc.perform(get("/reports/" + id).with(people.as(viewer))).andExpect(status().isOk());
        mvc.perform(get("/reports/" + id).with(people.as(chicago))).andExpect(status().isOk());
        mvc.perform(get("/reports/" + id + "/edit").with(people.as(losAngeles)))
                .andExpect(flash().attribute("reportError", "reports.refused.NOT_EDITABLE"));
        var edit = db.valid("CA", "Changed after submit");
        edit.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        edit.put("version", String.valueOf(db.version(id)));
        mvc.perform(form("/reports/" + id + "/edit", edit, "draft").with(people.as(losAngeles)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("提出済みまたは受理済み")));
        assertThat(db.summary(id)).isEqualTo(fields.get("summary"));
        for (AppUser outsider : new AppUser[] {losAngeles, chicago, viewer}) {
            mvc.perform(post("/reports/" + id + "/accept")
                            .param("version", String.valueOf(db.version(id)))
                            .with(csrf())
                            .with(people.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        assertThat(db.status(id)).isEqualTo("SUBMITTED");

        // HQ returns it; a comment is required.
        mvc.perform(post("/reports/" + id + "/return")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(flash().attribute("returnCommentError", "reports.error.required"));
        assertThat(db.status(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/reports/" + id + "/return")
                        .param("version", String.valueOf(db.version(id)))
                        .param("comment", "Please add the number of participants from the city.")
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(flash().attribute("message", "reports.returned"));
        assertThat(db.status(id)).isEqualTo("RETURNED");
        mvc.perform(get("/reports/mine").with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please add the number of participants from the city.")));

        // The mission corrects and resubmits; the reviewer sees what changed, old → new, beside the comment.
        var correction = db.valid("CA", fields.get("summary") + " With 55 participants.");
        correction.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        correction.put("participants", "55");
        correction.put("priorityAreaCodes", "ENERGY");
        correction.put("version", String.valueOf(db.version(id)));
        mvc.perform(form("/reports/" + id + "/edit", correction, "submit").with(people.as(losAngeles)))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(db.status(id)).isEqualTo("RESUBMITTED");
        mvc.perform(get("/reports/" + id).param("lang", "en").with(people.as(hq2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Changed since it was returned")))
                .andExpect(content().string(containsString("Please add the number of participants from the city.")))
                .andExpect(content().string(containsString("<td class=\"multiline change-before\">40</td>")))
                .andExpect(content().string(containsString("<td class=\"multiline change-after\">55</td>")))
                .andExpect(content().string(containsString(" With 55 participants.")))
                .andExpect(content()
                        .string(containsString(
                                "<td class=\"multiline change-before\">Science, technology and innovation</td>")))
                .andExpect(content().string(containsString("<td class=\"multiline change-after\">Energy</td>")))
                .andExpect(content().string(not(containsString("<th scope=\"row\">State</th>"))));

        // The reporter who last changed it cannot accept (no role), HQ accepts.
        mvc.perform(post("/reports/" + id + "/accept")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(hq2)))
                .andExpect(flash().attribute("message", "reports.accepted"));
        assertThat(db.status(id)).isEqualTo("ACCEPTED");

        // Reopening is for administrators only, with a reason, and shows in the timeline.
        mvc.perform(post("/reports/" + id + "/reopen")
                        .param("version", String.valueOf(db.version(id)))
                        .param("reason", "x")
                        .with(csrf())
                        .with(people.as(hq)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/reopen")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(admin)))
                .andExpect(flash().attribute("reopenReasonError", "reports.error.required"));
        assertThat(db.status(id)).isEqualTo("ACCEPTED");
        mvc.perform(post("/reports/" + id + "/reopen")
                        .param("version", String.valueOf(db.version(id)))
                        .param("reason", "The county was recorded wrongly.")
                        .with(csrf())
                        .with(people.as(admin)))
                .andExpect(flash().attribute("message", "reports.reopened"));
        assertThat(db.status(id)).isEqualTo("RETURNED");
        mvc.perform(get("/reports/" + id).param("lang", "en").with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The county was recorded wrongly.")))
                .andExpect(content().string(containsString(admin.getDisplayName())));
    }

    /** HQ drafts a report for Chicago, Chicago completes and submits it: the author still may not review it. */
    @Test
    void theAuthorMayNotReviewAReportSomeoneElseLastChanged() throws Exception {
        var fields = db.valid("IL", "Drafted by HQ for Chicago " + System.nanoTime());
        fields.put("missionCode", "CG-CHI");
        long id = idFrom(mvc.perform(form("/reports/new", fields, "draft").with(people.as(hq)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        var completion = db.valid("IL", fields.get("summary") + " Completed by Chicago.");
        completion.put("version", String.valueOf(db.version(id)));
        mvc.perform(form("/reports/" + id + "/edit", completion, "submit").with(people.as(chicago)))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(authorAndLastEditor(id)).containsExactly(hq.getId(), chicago.getId());

        assertRefusedAsOwnWork(id, hq);
        acceptedBy(id, admin);
    }

    /**
     * Chicago files, another HQ editor returns it, HQ corrects and resubmits it on Chicago's behalf: the last editor
     * may not review it. (HQ editors no longer open a mission's drafts, so the correction is made on a returned
     * report.)
     */
    @Test
    void theLastEditorMayNotReviewAReportSomeoneElseWrote() throws Exception {
        var fields = db.valid("IL", "Filed by Chicago " + System.nanoTime());
        long id = idFrom(mvc.perform(form("/reports/new", fields, "submit").with(people.as(chicago)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        mvc.perform(post("/reports/" + id + "/return")
                        .param("version", String.valueOf(db.version(id)))
                        .param("comment", "Please name the counterpart.")
                        .with(csrf())
                        .with(people.as(hq2)))
                .andExpect(status().is3xxRedirection());
        assertThat(db.status(id)).isEqualTo("RETURNED");
        var correction = db.valid("IL", fields.get("summary") + " Corrected by HQ.");
        correction.put("version", String.valueOf(db.version(id)));
        mvc.perform(form("/reports/" + id + "/edit", correction, "submit").with(people.as(hq)))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(authorAndLastEditor(id)).containsExactly(chicago.getId(), hq.getId());

        mvc.perform(get("/reports/" + id).param("lang", "en").with(people.as(hq)))
                .andExpect(content().string(containsString("another reviewer must accept or return it")));
        assertRefusedAsOwnWork(id, hq);
        acceptedBy(id, hq2);
    }

    private void assertRefusedAsOwnWork(long id, AppUser reviewer) throws Exception {
        String waiting = db.status(id);
        assertThat(waiting).isIn("SUBMITTED", "RESUBMITTED");
        mvc.perform(post("/reports/" + id + "/accept")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(reviewer)))
                .andExpect(flash().attribute("reportError", "reports.refused.OWN_WORK"));
        mvc.perform(post("/reports/" + id + "/return")
                        .param("version", String.valueOf(db.version(id)))
                        .param("comment", "self")
                        .with(csrf())
                        .with(people.as(reviewer)))
                .andExpect(flash().attribute("reportError", "reports.refused.OWN_WORK"));
        assertThat(db.status(id)).isEqualTo(waiting);
    }

    private void acceptedBy(long id, AppUser reviewer) throws Exception {
        mvc.perform(post("/reports/" + id + "/accept")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(reviewer)))
                .andExpect(flash().attribute("message", "reports.accepted"));
        assertThat(db.status(id)).isEqualTo("ACCEPTED");
    }

    private List<Long> authorAndLastEditor(long id) {
        return jdbc.sql("SELECT author_id, last_modified_by_id FROM activity_report WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @Test
    void aMissionDeletesItsDraftFromAConfirmationPageButNotASubmittedReport() throws Exception {
        var fields = db.valid("IL", "Draft to delete " + System.nanoTime());
        long id = idFrom(mvc.perform(form("/reports/new", fields, "draft").with(people.as(chicago)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        mvc.perform(get("/reports/" + id + "/delete").with(people.as(chicago))).andExpect(status().isOk());
        mvc.perform(get("/reports/" + id + "/delete").with(people.as(losAngeles)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/delete")
                        .param("version", String.valueOf(db.version(id)))
                        .with(csrf())
                        .with(people.as(chicago)))
                .andExpect(redirectedUrl("/reports/mine"));
        assertThat(db.reportsWithSummary(fields.get("summary"))).isZero();

        var submitted = db.valid("IL", "Submitted, not deletable " + System.nanoTime());
        long submittedId =
                idFrom(mvc.perform(form("/reports/new", submitted, "submit").with(people.as(chicago)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl());
        mvc.perform(post("/reports/" + submittedId + "/delete")
                        .param("version", String.valueOf(db.version(submittedId)))
                        .with(csrf())
                        .with(people.as(chicago)))
                .andExpect(status().isConflict());
        assertThat(db.reportsWithSummary(submitted.get("summary"))).isOne();
    }
}
