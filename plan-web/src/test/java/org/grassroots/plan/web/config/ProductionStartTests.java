package org.grassroots.plan.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.grassroots.plan.PlanPortalApplication;
import org.grassroots.plan.persistence.testing.TestDatabaseEnvironmentPostProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal started as production starts it: no profile, only {@code PLAN_ADMIN_USERNAME} and
 * {@code PLAN_ADMIN_PASSWORD} (no mail server, no trusted proxy), on a database of its own. The one context of
 * the suite besides the shared {@code @WebIntegrationTest} one.
 */
@SpringBootTest(
        classes = PlanPortalApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "PLAN_ADMIN_USERNAME=" + ProductionStartTests.ADMIN,
            "PLAN_ADMIN_PASSWORD=" + ProductionStartTests.ADMIN_PASSWORD,
            "PLAN_MAIL_HOST=",
            "PLAN_OIDC_ISSUER_URI=",
            TestDatabaseEnvironmentPostProcessor.FRESH_DATABASE + "=true"
        })
@AutoConfigureMockMvc
class ProductionStartTests {

    static final String ADMIN = "ops-admin";
    static final String ADMIN_PASSWORD = "correct-horse-battery-2026";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theOnlyUserIsTheConfiguredAdministratorAndNoDemoDataIsLoaded() {
        assertThat(jdbc.sql("SELECT username || ':' || role FROM app_user")
                        .query(String.class)
                        .list())
                .containsExactly(ADMIN + ":ADMIN");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE script LIKE '%demo%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDemoPasswordSignsNobodyInAndTheAdministratorsDoes() throws Exception {
        mvc.perform(formLogin("/login").user("demo-admin").password("demo-pass-2026"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(ADMIN).password(ADMIN_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void noPageShowsTheDemoBanner() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("demo-banner"))))
                .andExpect(content().string(not(containsString("fictional"))));
    }

    @Test
    void withoutSingleSignOnConfiguredTheSignInPageHasOnlyTheForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/oauth2/authorization"))));
        mvc.perform(get("/oauth2/authorization/ministry")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void withoutAMailServerThereIsNoReminderJob() {
        assertThat(context.containsBean("reportReminderJob")).isFalse();
    }

    /** Over real HTTP (Tomcat's valve, not MockMvc): a client's X-Forwarded-For is not believed by default. */
    @Test
    void aForwardedAddressFromAnUntrustedClientIsNotWrittenToTheAuditLog() throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var loginPage = http.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the CSRF token on the sign-in page").isTrue();
        long before = signIns();

        var signIn = http.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .header("X-Forwarded-Proto", "https")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
                                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotStartWith("https:");
        assertThat(signIns()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        SELECT remote_address FROM security_audit_event
                        WHERE username = :username AND event_type = 'SIGN_IN' ORDER BY id DESC LIMIT 1""").param("username", ADMIN).query(String.class).single())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void actuatorShowsNoMoreThanHealthAndInfoToAnAnonymousClient() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    /** The guard that keeps a database which once ran the demo from starting in production. */
    @Test
    void anEnabledUserWithTheDemoPasswordStopsAProductionStart() {
        var guard = context.getBean(DemoAccountGuard.class);
        guard.afterSingletonsInstantiated();
        String name = "demo-left-" + System.nanoTime();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role)
                        VALUES (:name, 'Left over', :hash, 'ADMIN')""")
                .param("name", name)
                .param("hash", "{bcrypt}$2a$10$LsAq4IR7lIyNdNILDHXEyeDvOS/uKcxYLXoMO0QzNijemeb/7HYVa")
                .update();
        try {
            assertThatThrownBy(guard::afterSingletonsInstantiated)
                    .isInstanceOf(DemoAccountsPresentException.class)
                    .hasMessageContaining(name)
                    .hasMessageContaining("SPRING_PROFILES_ACTIVE=demo");
            jdbc.sql("UPDATE app_user SET enabled = false WHERE username = :name")
                    .param("name", name)
                    .update();
            guard.afterSingletonsInstantiated();
        } finally {
            jdbc.sql("DELETE FROM app_user WHERE username = :name")
                    .param("name", name)
                    .update();
        }
    }

    private long signIns() {
        return jdbc.sql(
                        "SELECT count(*) FROM security_audit_event WHERE username = :username AND event_type = 'SIGN_IN'")
                .param("username", ADMIN)
                .query(Long.class)
                .single();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
