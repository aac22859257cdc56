package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.grassroots.plan.PlanPortalApplication;
import org.grassroots.plan.core.user.ChangePassword;
import org.grassroots.plan.core.user.CreateUser;
import org.grassroots.plan.core.user.PasswordManagement;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.UserManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in against a real OIDC provider running in the test (mock-oauth2-server: discovery, keys,
 * authorization and token endpoints), driven over HTTP like a browser. This class alone needs its own
 * application context, since single sign-on is switched on by configuration.
 */
@SpringBootTest(classes = PlanPortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SingleSignOnTests {

    static final String ISSUER = "ministry-idp";
    static final String CLIENT_ID = "plan-portal";
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("plan.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("plan.oidc.client-id", () -> CLIENT_ID);
        registry.add("plan.oidc.client-secret", () -> "test-client-secret");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserManagement userManagement;

    @Autowired
    PasswordManagement passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageOffersTheMinistryAccount() throws Exception {
        HttpResponse<String> page = browser().send(get("/login?lang=en"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Sign in with your ministry account", "/oauth2/authorization/ministry");
    }

    @Test
    void aVerifiedEmailOfAPortalUserSignsInAndLinksTheSubject() throws Exception {
        Long id = portalUser("sso-reporter", "SSO.Reporter@example.org");

        HttpResponse<String> home =
                signInAs("subject-4711", Map.of("email", "sso.reporter@example.org", "email_verified", true));

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("sso-reporter (SSO)", "在外公館報告者");
        assertThat(jdbc.sql("SELECT oidc_subject FROM app_user WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("subject-4711");
        assertThat(jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = 'sso-reporter' "
                                + "AND event_type = 'SIGN_IN' AND detail = 'oidc'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> again = signInAs("subject-4711", Map.of("email", "someone.else@example.org"));
        assertThat(again.uri().getPath())
                .as("matched by subject the second time")
                .isEqualTo("/");
    }

    @Test
    void aUserWithAOneTimePasswordIsNotHeldOnThePasswordPageAfterSingleSignOn() throws Exception {
        userManagement.create(
                new CreateUser("sso-new", "sso-new (SSO)", "sso.new@example.org", Role.VIEWER, null, "en"),
                "test-setup");

        HttpResponse<String> home =
                signInAs("subject-new", Map.of("email", "sso.new@example.org", "email_verified", true));

        assertThat(home.uri().getPath()).isEqualTo("/");
    }

    @Test
    void anUnknownIdentityIsRefusedAndNoUserIsCreated() throws Exception {
        long usersBefore = userCount();

        HttpResponse<String> page =
                signInAs("subject-unknown", Map.of("email", "stranger@example.org", "email_verified", true));

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("sso-error");
        assertThat(page.body()).contains("省内アカウントでのログインに失敗しました");
        assertThat(userCount()).isEqualTo(usersBefore);
    }

    @Test
    void anUnverifiedEmailDoesNotMatch() throws Exception {
        portalUser("sso-unverified", "sso.unverified@example.org");

        HttpResponse<String> page =
                signInAs("subject-unverified", Map.of("email", "sso.unverified@example.org", "email_verified", false));

        assertThat(page.uri().getQuery()).isEqualTo("sso-error");
        assertThat(jdbc.sql("SELECT oidc_subject IS NULL FROM app_user WHERE username = 'sso-unverified'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDisabledUserIsRefused() throws Exception {
        Long id = portalUser("sso-disabled", "sso.disabled@example.org");
        userManagement.disable(id, "test-setup");

        HttpResponse<String> page =
                signInAs("subject-disabled", Map.of("email", "sso.disabled@example.org", "email_verified", true));

        assertThat(page.uri().getQuery()).isEqualTo("sso-error");
    }

    /** Goes through the whole redirect dance a browser would: portal, provider, back to the portal. */
    private HttpResponse<String> signInAs(String subject, Map<String, Object> claims) throws Exception {
        PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
        return browser().send(get("/oauth2/authorization/ministry"), HttpResponse.BodyHandlers.ofString());
    }

    private Long portalUser(String username, String email) {
        var created = userManagement.create(
                new CreateUser(username, username + " (SSO)", email, Role.MISSION_REPORTER, "CG-CHI", "ja"),
                "test-setup");
        passwords.changeOwn(new ChangePassword(created.id(), created.oneTimePassword(), "sso-user-password-1"));
        return created.id();
    }

    private long userCount() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }
}
