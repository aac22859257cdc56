package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.activity.ReportRequests.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Each report records the plan revision in effect on its date; the list filters by it. */
class PlanRevisionFilterTests extends ReportTestSupport {

    private final java.util.List<String> summaries = new java.util.ArrayList<>();

    /** The shared database's reports span the demo data's two fiscal years (other tests check it): remove ours. */
    @org.junit.jupiter.api.AfterEach
    void removeReports() {
        if (!summaries.isEmpty()) {
            jdbc.sql("DELETE FROM activity_report WHERE summary IN (:s)")
                    .param("s", summaries)
                    .update();
        }
    }

    @Test
    void aReportTheDayBeforeActionPlan40IsFiledUnderRevision30() throws Exception {
        var denver = people.reporter("den-rev", "CG-DEN");
        var before = db.valid("CO", "Before the adoption of 4.0 " + System.nanoTime());
        before.put("activityDate", "2025-12-17");
        var on = db.valid("CO", "On the day 4.0 was adopted " + System.nanoTime());
        on.put("activityDate", "2025-12-18");
        var early = db.valid("CO", "Before the first Action Plan " + System.nanoTime());
        early.put("activityDate", "2017-07-12");
        for (var fields : new java.util.Map[] {before, on, early}) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, String> f = fields;
            summaries.add(f.get("summary"));
            mvc.perform(form("/reports/new", f, "submit").with(people.as(denver)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(revisionOf(before.get("summary"))).isEqualTo("AP-3.0");
        assertThat(revisionOf(on.get("summary"))).isEqualTo("AP-4.0");
        assertThat(revisionOf(early.get("summary"))).isNull();

        mvc.perform(get("/reports")
                        .param("mission", "CG-DEN")
                        .param("revision", "AP-3.0")
                        .with(people.as(denver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(before.get("summary"))))
                .andExpect(content().string(not(containsString(on.get("summary")))));
        mvc.perform(get("/reports")
                        .param("mission", "CG-DEN")
                        .param("revision", "AP-4.0")
                        .with(people.as(denver)))
                .andExpect(content().string(containsString(on.get("summary"))))
                .andExpect(content().string(not(containsString(before.get("summary")))))
                .andExpect(content().string(containsString("AP-4.0 (2025-12-18)")));
    }

    private String revisionOf(String summary) {
        return jdbc.sql("SELECT plan_revision_code FROM activity_report WHERE summary = :s")
                .param("s", summary)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }
}
