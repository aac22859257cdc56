package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.grassroots.plan.web.export.SummaryIssuer.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issued summaries: stored byte for byte, immutable in the database, issued once per quarter. The "two nodes"
 * case is tested with two threads of the one shared application context racing for the same quarter: each runs in
 * its own transaction and connection, which is what two nodes on one database do; the advisory lock and the unique
 * constraint in PostgreSQL decide, not anything in the JVM.
 */
@WebIntegrationTest
class IssuedSummaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SummaryIssuer issuer;

    @Test
    void anIssuedSummaryDownloadsByteForByteAfterItsReportsChange() throws Exception {
        LocalDate day = firstQuarterNotIssued().plusDays(10);
        var fixtures = new ExportFixtures(context, day);
        var fy = FiscalYear.containing(fixtures.day);
        int quarter = FiscalYear.quarterOf(fixtures.day);
        assertThat(issued(fy, quarter)).isZero();
        long report = fixtures.report("IL", "ACCEPTED", 70, "発行前 " + fixtures.word, "ECONOMIC_SECURITY");

        mvc.perform(post("/exports/issued")
                        .param("fy", Integer.toString(fy.year()))
                        .param("quarter", Integer.toString(quarter))
                        .with(as(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/exports/issued"));
        long id = jdbc.sql("SELECT id FROM issued_summary WHERE fiscal_year = :fy AND quarter = :q AND language = 'ja'")
                .param("fy", fy.year())
                .param("q", quarter)
                .query(Long.class)
                .single();
        byte[] pdf = download("/exports/issued/" + id + ".pdf");
        byte[] xlsx = download("/exports/issued/" + id + ".xlsx");
        assertThat(text(pdf)).contains("発行前 " + fixtures.word);

        fixtures.changeSummary(report, "発行後 " + fixtures.word);

        assertThat(download("/exports/issued/" + id + ".pdf")).isEqualTo(pdf);
        assertThat(download("/exports/issued/" + id + ".xlsx")).isEqualTo(xlsx);
        assertThat(text(download("/exports/progress.pdf?fy=" + fy.year() + "&quarter=" + quarter + "&lang=ja")))
                .contains("発行後 " + fixtures.word);
        assertThat(issuer.issue(fy, quarter, "test")).isEqualTo(Outcome.ALREADY_ISSUED);
    }

    @Test
    void twoSimultaneousIssuesOfOneQuarterIssueItOnce() throws Exception {
        var fy = FiscalYear.of(1990 + ThreadLocalRandom.current().nextInt(27));
        int quarter = 1 + ThreadLocalRandom.current().nextInt(4);
        assertThat(issued(fy, quarter))
                .as("random quarter already issued; run again")
                .isZero();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> outcomes = List.of(
                    pool.submit(() -> {
                        start.await();
                        return issuer.issue(fy, quarter, SummaryIssuer.SYSTEM);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return issuer.issue(fy, quarter, SummaryIssuer.SYSTEM);
                    }));
            start.countDown();
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                    .containsExactlyInAnyOrder(Outcome.ISSUED, Outcome.ALREADY_ISSUED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(issued(fy, quarter)).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnIssuedSummary() {
        var fy = FiscalYear.of(1960 + ThreadLocalRandom.current().nextInt(30));
        issuer.issue(fy, 2, "test");
        assertThatThrownBy(() -> jdbc.sql("UPDATE issued_summary SET pdf = '\\x00' WHERE fiscal_year = :fy")
                        .param("fy", fy.year())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM issued_summary WHERE fiscal_year = :fy")
                        .param("fy", fy.year())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(issued(fy, 2)).isEqualTo(2);
    }

    @Test
    void aQuarterThatHasNotEndedIsNotIssued() {
        var fy = FiscalYear.of(2100);
        assertThat(issuer.issue(fy, 4, "test")).isEqualTo(Outcome.NOT_CLOSED);
        assertThat(issued(fy, 4)).isZero();
    }

    @Test
    void onlyAdministratorsIssueAndOnlyHqReadsTheArchive() throws Exception {
        mvc.perform(post("/exports/issued")
                        .param("fy", "2017")
                        .param("quarter", "1")
                        .with(as(Role.HQ_EDITOR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exports/issued").with(as(Role.HQ_EDITOR))).andExpect(status().isOk());
        mvc.perform(get("/exports/issued").with(as(Role.VIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/exports/issued/1.pdf").with(as(Role.MISSION_REPORTER)))
                .andExpect(status().isForbidden());
    }

    /** The first day of the first quarter from FY2017 on that no earlier run against this database has issued. */
    private LocalDate firstQuarterNotIssued() {
        for (int year = 2017; year < 2100; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                if (issued(FiscalYear.of(year), quarter) == 0) {
                    return FiscalYear.of(year).quarterStart(quarter);
                }
            }
        }
        throw new IllegalStateException("Every quarter to 2100 is issued");
    }

    private long issued(FiscalYear fy, int quarter) {
        return jdbc.sql("SELECT count(*) FROM issued_summary WHERE fiscal_year = :fy AND quarter = :q")
                .param("fy", fy.year())
                .param("q", quarter)
                .query(Long.class)
                .single();
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(get(url).with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private RequestPostProcessor as(Role role) {
        String username = "test-issued-" + role.name().toLowerCase();
        return request -> {
            var users = new TestUsers(context);
            users.ensure(username, role, role == Role.MISSION_REPORTER ? "CG-CHI" : null);
            return authentication(users.signIn(username)).postProcessRequest(request);
        };
    }
}
