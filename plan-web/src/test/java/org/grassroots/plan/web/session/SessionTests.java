package org.grassroots.plan.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.grassroots.plan.web.security.SignInCsrfTokenRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Sessions over real HTTP: anonymous sign-in page views write no session row, CSRF protection of the sign-in form
 * still holds, and parallel requests of one session (the browser's first loads, a double-clicked Save) never
 * answer with a server error.
 */
@WebIntegrationTest
class SessionTests {

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+=[^;]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Spring Security Test's MockMvc {@code csrf()}, used by other tests of the shared context, swaps the CSRF
     * filter's token repository for a session-based one for good, and the filter is the real server's too; these
     * tests measure the portal's own sign-in repository, so they put it back.
     */
    @BeforeEach
    void useThePortalsCsrfTokenRepository() {
        for (var chain : context.getBean(FilterChainProxy.class).getFilterChains()) {
            for (var filter : chain.getFilters()) {
                if (filter instanceof CsrfFilter csrf) {
                    ReflectionTestUtils.setField(csrf, "tokenRepository", new SignInCsrfTokenRepository());
                }
            }
        }
    }

    @Test
    void anonymousSignInPageViewsWriteNoSessionRow() throws Exception {
        long before = sessionRows();
        for (int i = 0; i < 5; i++) {
            var page = get("/login", "");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(sessionRows()).as("expired sessions may go, none may come").isLessThanOrEqualTo(before);
    }

    @Test
    void theSignInFormStillNeedsItsCsrfTokenAndCookie() throws Exception {
        new TestUsers(context).ensure("session-csrf-user", Role.VIEWER, null);
        var page = get("/login", "");
        String cookies = cookies(page, "");
        String token = find(CSRF, page.body());

        var withoutCookie = post("/login", "", credentials("session-csrf-user", token));
        var wrongToken = post("/login", cookies, credentials("session-csrf-user", "x" + token));
        var signedIn = post("/login", cookies, credentials("session-csrf-user", token));

        assertThat(withoutCookie.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    @Test
    void parallelFirstRequestsAfterSignInNeverFail() throws Exception {
        new TestUsers(context).ensure("session-parallel-hq", Role.HQ_EDITOR, null);
        String session = signIn("session-parallel-hq");

        var statuses =
                parallel(List.of("/", "/reports", "/initiatives", "/reports/review", "/reports/calendar", "/").stream()
                        .map(path ->
                                (Callable<Integer>) () -> get(path, session).statusCode())
                        .toList());

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void aDoublePostedReportFormSavesOnceAndAnswersWithoutServerError() throws Exception {
        new TestUsers(context).ensure("session-double-chi", Role.MISSION_REPORTER, "CG-CHI");
        String session = signIn("session-double-chi");
        var form = get("/reports/new", session);
        assertThat(form.statusCode()).isEqualTo(200);
        String summary = "Double click " + UUID.randomUUID();
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", find(CSRF, form.body()));
        fields.put("submissionToken", find(TOKEN, form.body()));
        fields.put("stateCode", "IL");
        fields.put("activityDate", LocalDate.now(clock).minusDays(1).toString());
        fields.put("activityType", "SEMINAR_EVENT");
        fields.put("priorityAreaCodes", "SCIENCE_TECH");
        fields.put("summary", summary);
        fields.put("language", "en");
        fields.put("action", "draft");
        String body = encode(fields);

        var statuses = parallel(List.of(
                () -> post("/reports/new", session, body).statusCode(),
                () -> post("/reports/new", session, body).statusCode(),
                () -> post("/reports/new", session, body).statusCode()));

        assertThat(statuses).containsOnly(302);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE summary = :summary")
                        .param("summary", summary)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String signIn(String username) throws Exception {
        var page = get("/login", "");
        String cookies = cookies(page, "");
        var signedIn = post("/login", cookies, credentials(username, find(CSRF, page.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookies(signedIn, "");
    }

    private static String credentials(String username, String csrf) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username);
        fields.put("password", TestUsers.PASSWORD);
        fields.put("_csrf", csrf);
        return encode(fields);
    }

    /** Runs the calls at the same moment, one thread each, and returns their results. */
    private static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies a response sets (name=value), after those given; a later value of a name wins. */
    private static String cookies(HttpResponse<?> response, String given) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : given.isEmpty() ? new String[0] : given.split("; ")) {
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = COOKIE.matcher(header);
            if (matcher.find()) {
                String pair = matcher.group(1);
                jar.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        return jar.values().stream().filter(pair -> !pair.endsWith("=")).collect(Collectors.joining("; "));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private long sessionRows() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
