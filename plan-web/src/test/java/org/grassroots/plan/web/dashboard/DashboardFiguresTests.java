package org.grassroots.plan.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.testing.TallyCheck;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives a report through every transition (submit, accept, reopen, resubmit, return, delete, bulk import) and
 * after each compares the figures the dashboards show with counts computed independently from the raw rows.
 */
@WebIntegrationTest
class DashboardFiguresTests {

    static final int FY = 2024;
    static final String DATE = "2024-06-10";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    RequestPostProcessor reporter;
    RequestPostProcessor hq;
    RequestPostProcessor admin;
    DashboardFigures pages;

    @BeforeEach
    void signIn() {
        var users = new TestUsers(context);
        users.ensure("dash-chi", Role.MISSION_REPORTER, "CG-CHI");
        users.ensure("dash-hq", Role.HQ_EDITOR, null);
        users.ensure("dash-admin", Role.ADMIN, null);
        users.ensure("dash-viewer", Role.VIEWER, null);
        reporter = authentication(users.signIn("dash-chi"));
        hq = authentication(users.signIn("dash-hq"));
        admin = authentication(users.signIn("dash-admin"));
        pages = new DashboardFigures(mvc, authentication(users.signIn("dash-viewer")));
    }

    @Test
    void everyFigureFollowsEveryTransition() throws Exception {
        var summary = "Dashboard transitions " + UUID.randomUUID();
        var created = mvc.perform(
                        reportForm("/reports/new", summary, null, "draft").with(reporter))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        figuresMatchRawRows();

        review(id, "submit", reporter, null, null);
        figuresMatchRawRows();
        review(id, "accept", hq, null, null);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        figuresMatchRawRows();
        review(id, "reopen", admin, "reason", "Wrong state");
        figuresMatchRawRows();
        mvc.perform(reportForm("/reports/" + id + "/edit", summary + " corrected", version(id), "submit")
                        .with(reporter))
                .andReturn();
        assertThat(status(id)).isEqualTo("RESUBMITTED");
        figuresMatchRawRows();
        review(id, "return", hq, "comment", "Add the participants.");
        assertThat(status(id)).isEqualTo("RETURNED");
        figuresMatchRawRows();

        var draft = "Dashboard draft " + UUID.randomUUID();
        var location = mvc.perform(
                        reportForm("/reports/new", draft, null, "draft").with(reporter))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/reports/" + draftId + "/delete")
                        .param("version", String.valueOf(version(draftId)))
                        .with(csrf())
                        .with(reporter))
                .andReturn();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE id = :id")
                        .param("id", draftId)
                        .query(Long.class)
                        .single())
                .isZero();
        figuresMatchRawRows();

        var marker = "Dashboard import " + UUID.randomUUID();
        var csv = "state,county,city,date,activity_type,priority_areas,sectors,participants,summary,language,links\r\n"
                + "IL,,Chicago," + DATE + ",MEDIA,SCIENCE_TECH;ENERGY,,,\"" + marker + " one\",en,\r\n"
                + "WI,,Madison," + DATE + ",MEDIA,ENERGY,,,\"" + marker + " two\",en,\r\n";
        mvc.perform(multipart("/reports/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(reporter))
                .andReturn();
        assertThat(raw("SELECT count(*) FROM activity_report WHERE summary LIKE '" + marker + "%'"))
                .isEqualTo(2);
        figuresMatchRawRows();
    }

    @Test
    void parallelChangesKeepTheSumsRight() throws Exception {
        long author = raw("SELECT id FROM app_user WHERE username = 'dash-chi'");
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<Void>>();
        var marker = "Dashboard parallel " + UUID.randomUUID();
        for (int task = 0; task < 16; task++) {
            int n = task;
            tasks.add(() -> {
                transactions.executeWithoutResult(tx -> {
                    long report = jdbc.sql("""
                                    INSERT INTO activity_report (mission_code, state_code, activity_date, activity_type,
                                        summary, language, status, author_id, last_modified_by_id, submitted_at)
                                    VALUES ('CG-CHI', 'IL', DATE '2024-06-10', 'MEDIA', :summary, 'en', 'SUBMITTED',
                                        :author, :author, now()) RETURNING id""")
                            .param("summary", marker + " " + n)
                            .param("author", author)
                            .query(Long.class)
                            .single();
                    jdbc.sql("INSERT INTO activity_report_priority_area VALUES (:id, 'ENERGY'), (:id, 'SCIENCE_TECH')")
                            .param("id", report)
                            .update();
                    jdbc.sql("UPDATE activity_report SET status = 'ACCEPTED' WHERE id = :id")
                            .param("id", report)
                            .update();
                });
                return null;
            });
        }
        for (var future : pool.invokeAll(tasks)) {
            future.get();
        }
        pool.shutdown();

        assertThat(raw("SELECT count(*) FROM activity_report WHERE summary LIKE '" + marker
                        + "%' AND status = 'ACCEPTED'"))
                .isEqualTo(16);
        figuresMatchRawRows();
    }

    private void figuresMatchRawRows() throws Exception {
        assertThat(TallyCheck.differences(jdbc)).isEmpty();
        String range = " AND r.activity_date BETWEEN DATE '" + FY + "-04-01' AND DATE '" + (FY + 1) + "-03-31'";
        String accepted = "SELECT count(*) FROM activity_report r WHERE r.status = 'ACCEPTED'" + range;
        String query = "?fy=" + FY;

        var national = pages.page("/" + query);
        assertThat(DashboardFigures.figureIn(national, "data-figure=\"accepted\""))
                .isEqualTo(raw(accepted));
        assertThat(DashboardFigures.figureIn(national, "data-figure=\"awaiting\""))
                .isEqualTo(raw("SELECT count(*) FROM activity_report WHERE status IN ('SUBMITTED', 'RESUBMITTED')"));
        assertThat(DashboardFigures.figureIn(national, "data-place=\"IL\""))
                .isEqualTo(raw(accepted + " AND r.state_code = 'IL'"));
        assertThat(DashboardFigures.figureIn(national, "data-bar=\"ENERGY\""))
                .isEqualTo(raw(accepted + " AND EXISTS (SELECT 1 FROM activity_report_priority_area a"
                        + " WHERE a.report_id = r.id AND a.priority_area_code = 'ENERGY')"));
        assertThat(pages.figure("/states/IL" + query, "data-figure=\"accepted\""))
                .isEqualTo(raw(accepted + " AND r.state_code = 'IL'"));
        assertThat(pages.figure("/areas/SCIENCE_TECH" + query, "data-figure=\"accepted\""))
                .isEqualTo(raw(accepted + " AND r.state_code IS NOT NULL AND EXISTS (SELECT 1 FROM"
                        + " activity_report_priority_area a WHERE a.report_id = r.id"
                        + " AND a.priority_area_code = 'SCIENCE_TECH')"));
        var coverage = pages.page("/coverage" + query);
        assertThat(DashboardFigures.figureIn(coverage, "data-cell=\"IL-SCIENCE_TECH\""))
                .isEqualTo(raw(accepted + " AND r.state_code = 'IL' AND EXISTS (SELECT 1 FROM"
                        + " activity_report_priority_area a WHERE a.report_id = r.id"
                        + " AND a.priority_area_code = 'SCIENCE_TECH')"));
        assertThat(DashboardFigures.figureIn(coverage, "data-total=\"WI\""))
                .isEqualTo(raw(accepted + " AND r.state_code = 'WI'"));
        var mission = pages.page("/missions/CG-CHI" + query);
        for (var status : new String[] {"SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED", "DRAFT"}) {
            assertThat(DashboardFigures.figureIn(mission, "data-status=\"" + status + "\""))
                    .as(status)
                    .isEqualTo(raw("SELECT count(*) FROM activity_report r WHERE r.mission_code = 'CG-CHI'"
                            + " AND r.status = '" + status + "'" + range));
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reportForm(
            String url, String summary, Long version, String action) {
        var request = post(url)
                .with(csrf())
                .param("action", action)
                .param("submissionToken", UUID.randomUUID().toString())
                .param("stateCode", "IL")
                .param("city", "Springfield")
                .param("activityDate", DATE)
                .param("activityType", "SEMINAR_EVENT")
                .param("priorityAreaCodes", "SCIENCE_TECH")
                .param("participants", "40")
                .param("summary", summary)
                .param("language", "en");
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return request;
    }

    private void review(long id, String action, RequestPostProcessor who, String name, String value) throws Exception {
        var request = post("/reports/" + id + "/" + action)
                .param("version", String.valueOf(version(id)))
                .with(csrf())
                .with(who);
        if (name != null) {
            request.param(name, value);
        }
        mvc.perform(request).andReturn();
    }

    private long version(long id) {
        return raw("SELECT version FROM activity_report WHERE id = " + id);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM activity_report WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long raw(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
