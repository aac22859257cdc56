package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Over real HTTP: the session cookie the browser had before signing in is not the one it has after. */
@WebIntegrationTest
class SessionFixationTests {

    private static final String FIXATION_USER = TestUsers.unique("fixation-user");

    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void sessionIdChangesAtSignIn() throws Exception {
        new TestUsers(context).ensure(FIXATION_USER, Role.VIEWER, null);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        // An anonymous visit to a page that needs sign-in starts a session (it remembers the page asked for);
        // the sign-in page itself starts none.
        HttpResponse<String> protectedPage =
                http.send(HttpRequest.newBuilder(uri("/reports")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String sessionBefore =
                find(SESSION, protectedPage.headers().allValues("Set-Cookie").toString());
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", "SESSION=" + sessionBefore)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = find(CSRF, loginPage.body());

        String form = "username=" + FIXATION_USER + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "SESSION=" + sessionBefore)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/reports");
        String sessionAfter =
                find(SESSION, signedIn.headers().allValues("Set-Cookie").toString());
        assertThat(sessionAfter).isNotEqualTo(sessionBefore);

        HttpResponse<String> oldSession = http.send(
                HttpRequest.newBuilder(uri("/"))
                        .header("Cookie", "SESSION=" + sessionBefore)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oldSession.statusCode())
                .as("the old session id is not signed in")
                .isEqualTo(302);
        HttpResponse<String> newSession = http.send(
                HttpRequest.newBuilder(uri("/"))
                        .header("Cookie", "SESSION=" + sessionAfter)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(newSession.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
