package org.grassroots.plan.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Over real HTTP through Tomcat (MockMvc has no size limits): an over-size upload or form post through the real
 * form, CSRF token in the body, gets the portal's own localized 413 page; a broken multipart body gets the
 * portal's 400 page. Nothing is saved and the session goes on.
 */
@WebIntegrationTest
class RequestLimitTests {

    private static final String BOUNDARY = "----plan-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final PortalBrowser browser = new PortalBrowser();

    @BeforeEach
    void signIn() throws Exception {
        new TestUsers(context).ensure("test-limits-hq", Role.HQ_EDITOR, null);
        browser.signIn(port, "test-limits-hq", TestUsers.PASSWORD);
    }

    @Test
    void anUploadOverTenMegabytesGetsThePortalsOwnPageInJapanese() throws Exception {
        browser.get(port, "/initiatives/import");
        byte[] body = multipart(browser.csrf(), new byte[12 * 1024 * 1024]);

        var answer = browser.postBytes(port, "/initiatives/import", "multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body())
                .contains("lang=\"ja\"")
                .contains("送信された内容が大きすぎます")
                .contains("/css/portal.css")
                .doesNotContain("HTTP Status")
                .doesNotContain("Apache Tomcat");
        assertThat(browser.get(port, "/initiatives/import").statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    @Test
    void anUploadOverTheLimitGetsTheEnglishPageInEnglish() throws Exception {
        browser.get(port, "/initiatives/import?lang=en");
        byte[] body = multipart(browser.csrf(), new byte[11 * 1024 * 1024]);

        var answer = browser.postBytes(
                port, "/initiatives/import?lang=en", "multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("lang=\"en\"").contains("What you sent is too large");
    }

    @Test
    void anOverSizeUploadWithoutADeclaredLengthGetsThePortalsOwnPage() throws Exception {
        browser.get(port, "/initiatives/import");
        byte[] body = multipart(browser.csrf(), new byte[12 * 1024 * 1024]);

        var answer =
                browser.postChunked(port, "/initiatives/import", "multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("送信された内容が大きすぎます").doesNotContain("HTTP Status");
    }

    @Test
    void aThreeMegabyteFormPostGetsThePortalsOwnPage() throws Exception {
        browser.get(port, "/initiatives/new");
        var fields = new LinkedHashMap<String, String>();
        fields.put("titleJa", "長".repeat(1024 * 1024));
        fields.put("summaryJa", "x".repeat(1024));

        var answer = browser.postForm(port, "/initiatives", fields);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("送信された内容が大きすぎます").doesNotContain("HTTP Status");
    }

    @Test
    void aBrokenMultipartBodyGetsTheBadRequestPageNotAServerError() throws Exception {
        browser.get(port, "/initiatives/import");
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + browser.csrf()
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                + "\r\nunterminated";

        var answer = browser.postBody(port, "/initiatives/import", "multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("lang=\"ja\"")
                .contains("リクエストが正しくありません")
                .doesNotContain("HTTP Status");
    }

    private static byte[] multipart(String csrf, byte[] file) {
        var out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        write(
                out,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n");
        Arrays.fill(file, (byte) 'x');
        out.writeBytes(file);
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
