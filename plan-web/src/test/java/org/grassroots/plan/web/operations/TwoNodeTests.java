package org.grassroots.plan.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.operations.TwoNodeCluster.port;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Two nodes on one database, started at once (Flyway runs on both against the empty database): a user signed in
 * through one node goes on through the other, also after the first node is stopped, and an import previewed on
 * one node is confirmed on the other. Then the database is stopped under the running node and started again.
 */
class TwoNodeTests {

    private static final String DEMO_PASSWORD = "demo-pass-2026";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static TwoNodeCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = new TwoNodeCluster();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void bothNodesMigratedOneSchemaTogetherWithoutAFailedOrRepeatedMigration() {
        var jdbc = JdbcClient.create(cluster.nodeB.getBean(javax.sql.DataSource.class));
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '90'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSessionAndAnImportPreviewStartedOnOneNodeGoOnOnTheOtherAfterTheFirstStops() throws Exception {
        int a = port(cluster.nodeA);
        int b = port(cluster.nodeB);
        var browser = new PortalBrowser();
        browser.signIn(a, "demo-hq", DEMO_PASSWORD);

        var onB = browser.get(b, "/initiatives");
        assertThat(onB.statusCode()).as("signed in on A, served by B").isEqualTo(200);
        assertThat(onB.body()).contains("Demo HQ Editor");

        String title = "二ノード" + UUID.randomUUID().toString().substring(0, 8);
        byte[] sheet = withNewInitiative(browser.download(a, "/initiatives/import/template.xlsx"), title);
        browser.get(a, "/initiatives/import");
        var preview = browser.postBytes(
                a, "/initiatives/import", Multipart.CONTENT_TYPE, Multipart.body(browser.csrf(), sheet));
        assertThat(preview.statusCode()).isEqualTo(200);
        var token = TOKEN.matcher(preview.body());
        assertThat(token.find()).as("a preview token on A").isTrue();

        cluster.nodeA.close();

        var confirmed = browser.postForm(b, "/initiatives/import/confirm", Map.of("token", token.group(1)));
        assertThat(confirmed.statusCode())
                .as("the preview made on A is confirmed on B")
                .isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/initiatives");
        assertThat(browser.get(b, "/initiatives?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                        .body())
                .contains(title);
        var jdbc = JdbcClient.create(cluster.nodeB.getBean(javax.sql.DataSource.class));
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE title_ja = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void duringADatabaseOutageEveryRequestGetsThe503PageFastAndTheNodeRecoversByItself() throws Exception {
        int b = port(cluster.nodeB);
        var browser = new PortalBrowser();
        browser.signIn(b, "demo-hq", DEMO_PASSWORD);
        browser.get(b, "/initiatives/new");
        String title = "停止中" + UUID.randomUUID().toString().substring(0, 8);
        var form = new LinkedHashMap<String, String>();
        form.put("submissionToken", UUID.randomUUID().toString());
        form.put("titleJa", title);
        form.put("summaryJa", "障害中に入力した概要");
        form.put("status", "PLANNED");
        form.put("fiscalYear", "2026");
        form.put("priorityAreas", "ECONOMIC_SECURITY");
        form.put("_csrf", browser.csrf());

        Map<String, String> kept;
        long first;
        long next;
        cluster.stopDatabase();
        try {
            long started = System.nanoTime();
            var page = browser.get(b, "/initiatives");
            first = millisSince(started);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body())
                    .contains("ポータルは一時的に利用できません")
                    .doesNotContain("Exception")
                    .doesNotContain("at org.");
            started = System.nanoTime();
            var english = browser.get(b, "/reports?lang=en");
            next = millisSince(started);
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("The portal is temporarily unavailable");
            assertThat(browser.get(b, "/login").statusCode()).isIn(200, 503);

            var posted = browser.postForm(b, "/initiatives", form);
            assertThat(posted.statusCode()).isEqualTo(503);
            assertThat(posted.body())
                    .contains("何も保存されていません")
                    .contains(title)
                    .contains("障害中に入力した概要")
                    .contains("value=\"" + form.get("submissionToken") + "\"");
            kept = hiddenFields(posted.body());
            var checker = new HtmlChecker();
            assertThat(checker.errors(page.body())).as("503 page").isEmpty();
            assertThat(checker.errors(posted.body()))
                    .as("503 page with the kept form")
                    .isEmpty();

            var readiness = new PortalBrowser().get(b, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(new PortalBrowser().get(b, "/actuator/health/liveness").statusCode())
                    .as("liveness, asked like a probe: without a session cookie")
                    .isEqualTo(200);
        } finally {
            cluster.startDatabase();
        }

        long back = System.nanoTime();
        assertThat(browser.get(b, "/initiatives").statusCode())
                .as("the first request after the database is back, same session")
                .isEqualTo(200);
        long recovered = millisSince(back);
        assertThat(kept).containsAllEntriesOf(form);
        var resent = browser.postForm(b, "/initiatives", kept);
        assertThat(resent.statusCode()).as("the kept form sent again").isEqualTo(302);
        assertThat(browser.postForm(b, "/initiatives", kept).headers().firstValue("Location"))
                .as("sent once more: the same initiative")
                .isEqualTo(resent.headers().firstValue("Location"));
        assertThat(browser.get(b, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        // Timings last, so that a slow machine does not hide the outcome of the rest. Idle, both take about 1 s
        // (the 1 s connection timeout); the first also renders the page's template for the first time.
        assertThat(next).as("a 503 answer within 2 s").isLessThan(2000);
        assertThat(recovered).as("served within 5 s of the database's return").isLessThan(5000);
        assertThat(first)
                .as("the first 503 answer, template rendered for the first time")
                .isLessThan(6000);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The fields the 503 page keeps to send again, as a browser would send them. */
    private static Map<String, String> hiddenFields(String page) {
        var fields = new LinkedHashMap<String, String>();
        var hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(HtmlUtils.htmlUnescape(hidden.group(1)), HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        return fields;
    }

    private static byte[] withNewInitiative(byte[] template, String title) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("initiatives");
            var header = sheet.getRow(0);
            var row = sheet.createRow(1);
            Map<String, String> values = Map.of(
                    "title_ja", title,
                    "status", "PLANNED",
                    "fiscal_year", "2026",
                    "priority_areas", "ECONOMIC_SECURITY",
                    "states", "OH");
            for (var cell : header) {
                String value = values.get(cell.getStringCellValue());
                if (value != null) {
                    row.createCell(cell.getColumnIndex()).setCellValue(value);
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A multipart body with the CSRF token and one spreadsheet, as the upload form sends it. */
    static final class Multipart {

        static final String BOUNDARY = "----plan-two-nodes";
        static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        private Multipart() {}

        static byte[] body(String csrf, byte[] file) {
            var out = new ByteArrayOutputStream();
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                            + "\r\n--" + BOUNDARY
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"initiatives.xlsx\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
