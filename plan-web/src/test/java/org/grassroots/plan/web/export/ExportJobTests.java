package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.export.ExportJobs;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Exports prepared in the background: the same file as the direct download, its progress, whose it is. */
@WebIntegrationTest
class ExportJobTests {

    private static final String HQ = "test-export-hq";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ExportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ExportFixtures fixtures;

    @BeforeEach
    void reports() {
        fixtures = new ExportFixtures(context);
    }

    @Test
    void aReportsCsvPreparedInTheBackgroundIsTheFileTheDirectDownloadGivesAndIsAudited() throws Exception {
        fixtures.report("IL", "ACCEPTED", 40, "background " + fixtures.word, "ECONOMIC_SECURITY");
        String day = fixtures.day.toString();
        mvc.perform(get("/exports/jobs/new")
                        .param("from", day)
                        .param("to", day)
                        .param("lang", "en")
                        .with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"from\" value=\"" + day + "\"")))
                .andExpect(content().string(containsString("value=\"REPORTS_CSV\"")));

        String page = mvc.perform(post("/exports/jobs")
                        .param("from", day)
                        .param("to", day)
                        .param("lang", "en")
                        .param("kind", "REPORTS_CSV")
                        .with(as(Role.HQ_EDITOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page).matches("/exports/jobs/[0-9a-f-]{36}");
        awaitFinished(page);

        mvc.perform(get(page).with(as(Role.HQ_EDITOR)))
                .andExpect(content().string(containsString(page + "/file")))
                .andExpect(content().string(not(containsString("<progress"))));
        long auditedBefore = audited(day);
        byte[] prepared = mvc.perform(get(page + "/file").with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("reports-")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] direct = mvc.perform(get("/exports/reports.csv")
                        .param("from", day)
                        .param("to", day)
                        .param("lang", "en")
                        .with(as(Role.HQ_EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(new String(prepared, StandardCharsets.UTF_8))
                .contains("background " + fixtures.word)
                .isEqualTo(new String(direct, StandardCharsets.UTF_8));
        assertThat(audited(day)).isEqualTo(auditedBefore + 2);
        mvc.perform(get("/exports/jobs").with(as(Role.HQ_EDITOR)))
                .andExpect(content().string(containsString(page)));
    }

    @Test
    void anExportIsItsRequestersAloneShowsItsProgressAndFailsWhenItsNodeFallsSilent() throws Exception {
        new TestUsers(context).ensure(HQ, Role.HQ_EDITOR, null);
        UUID id = jobs.create(
                new ExportJobs.Request(HQ, "REPORTS_CSV", "reports-test.csv", "fy=2026", "FY2026", "en"),
                clock.instant());
        String page = "/exports/jobs/" + id;

        for (String url : new String[] {page, page + "/status", page + "/file"}) {
            mvc.perform(get(url).with(as(Role.ADMIN))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/exports/jobs")
                        .param("fy", "2026")
                        .param("kind", "REPORTS_CSV")
                        .with(as(Role.VIEWER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exports/jobs")
                        .param("fy", "twenty")
                        .param("kind", "REPORTS_CSV")
                        .with(as(Role.HQ_EDITOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(get(page).param("lang", "en").with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("0 KB written so far")));
        mvc.perform(get(page + "/status").with(as(Role.HQ_EDITOR)))
                .andExpect(jsonPath("$.state").value("running"));
        mvc.perform(get(page + "/file").with(as(Role.HQ_EDITOR))).andExpect(status().isConflict());

        jdbc.sql("UPDATE export_job SET updated_at = updated_at - interval '10 minutes' WHERE id = :id")
                .param("id", id)
                .update();
        mvc.perform(get(page).param("lang", "en").with(as(Role.HQ_EDITOR)))
                .andExpect(content().string(containsString("could not be prepared")))
                .andExpect(content().string(not(containsString("<progress"))));
        mvc.perform(get(page + "/status").with(as(Role.HQ_EDITOR)))
                .andExpect(jsonPath("$.state").value("failed"));
    }

    @Test
    void aFileLargerThanAChunkIsStoredInChunksAndReadBackWhole() throws Exception {
        new TestUsers(context).ensure(HQ, Role.HQ_EDITOR, null);
        UUID id = jobs.create(
                new ExportJobs.Request(HQ, "PROGRESS_XLSX", "progress-test.xlsx", "", "FY2026", "ja"), clock.instant());
        byte[] data = new byte[ExportJobOutput.CHUNK_SIZE * 2 + 12_345];
        new Random(7).nextBytes(data);

        try (var out = new ExportJobOutput(jobs, id, clock)) {
            out.write(data, 0, 1000);
            out.write(data[1000]);
            out.write(data, 1001, data.length - 1001);
        }
        jobs.finish(id, true, clock.instant());

        assertThat(jdbc.sql("SELECT count(*) FROM export_job_chunk WHERE job_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jobs.find(id, HQ).orElseThrow().bytesWritten()).isEqualTo(data.length);
        var copy = new ByteArrayOutputStream();
        jobs.copyFile(id, copy);
        assertThat(copy.toByteArray()).isEqualTo(data);
    }

    private void awaitFinished(String page) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            String body = mvc.perform(get(page + "/status").with(as(Role.HQ_EDITOR)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (body.contains("\"done\"")) {
                return;
            }
            assertThat(body).doesNotContain("\"failed\"");
            Thread.sleep(200);
        }
        throw new AssertionError("The export did not finish within a minute: " + page);
    }

    private long audited(String day) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE event_type = 'EXPORT_DOWNLOADED'"
                        + " AND detail = :detail")
                .param("detail", "reports.csv?from=" + day + "&lang=en&to=" + day)
                .query(Long.class)
                .single();
    }

    private RequestPostProcessor as(Role role) {
        String username =
                role == Role.HQ_EDITOR ? HQ : "test-export-" + role.name().toLowerCase();
        return request -> {
            var users = new TestUsers(context);
            users.ensure(username, role, role == Role.MISSION_REPORTER ? "CG-CHI" : null);
            return authentication(users.signIn(username)).postProcessRequest(request);
        };
    }
}
