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
import org.grassroots.plan.core.user.ChangePassword;
import org.grassroots.plan.core.user.CreateUser;
import org.grassroots.plan.core.user.PasswordManagement;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.grassroots.plan.web.testing.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OpenID Connect sign-in against a real OIDC provider running in the test (mock-oauth2-server: discovery, keys,
 * authorization and token endpoints), driven over HTTP like a browser. The provider and the single sign-on
 * settings are the whole test run's ({@link TestIdentityProvider}), so this runs in the shared context. Names,
 * addresses and subjects are new in every run.
 */
@WebIntegrationTest
class SingleSignOnTests {

    private static final String SSO_DISABLED = TestUsers.unique("sso-disabled");

    private static final String SSO_UNVERIFIED = TestUsers.unique("sso-unverified");

    private static final String SSO_NEW = TestUsers.unique("sso-new");

    private static final String SSO_REPORTER = TestUsers.unique("sso-reporter");

    private static final MockOAuth2Server PROVIDER = TestIdentityProvider.server();

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
        Long id = portalUser(SSO_REPORTER, "SSO.Reporter-" + TestUsers.RUN + "@example.org");

        HttpResponse<String> home = signInAs(
                "subject-4711",
                Map.of("email", "sso.reporter-" + TestUsers.RUN + "@example.org", "email_verified", true));

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(SSO_REPORTER + " (SSO)", "在外公館報告者");
        assertThat(jdbc.sql("SELECT oidc_subject FROM app_user WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(TestUsers.unique("subject-4711"));
        assertThat(jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = '" + SSO_REPORTER + "' "
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
                new CreateUser(
                        SSO_NEW,
                        SSO_NEW + " (SSO)",
                        "sso.new-" + TestUsers.RUN + "@example.org",
                        Role.VIEWER,
                        null,
                        "en"),
                "test-setup");

        HttpResponse<String> home = signInAs(
                "subject-new", Map.of("email", "sso.new-" + TestUsers.RUN + "@example.org", "email_verified", true));

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
        portalUser(SSO_UNVERIFIED, "sso.unverified-" + TestUsers.RUN + "@example.org");

        HttpResponse<String> page = signInAs(
                "subject-unverified",
                Map.of("email", "sso.unverified-" + TestUsers.RUN + "@example.org", "email_verified", false));

        assertThat(page.uri().getQuery()).isEqualTo("sso-error");
        assertThat(jdbc.sql("SELECT oidc_subject IS NULL FROM app_user WHERE username = '" + SSO_UNVERIFIED + "'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDisabledUserIsRefused() throws Exception {
        Long id = portalUser(SSO_DISABLED, "sso.disabled-" + TestUsers.RUN + "@example.org");
        userManagement.disable(id, "test-setup");

        HttpResponse<String> page = signInAs(
                "subject-disabled",
                Map.of("email", "sso.disabled-" + TestUsers.RUN + "@example.org", "email_verified", true));

        assertThat(page.uri().getQuery()).isEqualTo("sso-error");
    }

    /** Goes through the whole redirect dance a browser would: portal, provider, back to the portal. */
    private HttpResponse<String> signInAs(String subject, Map<String, Object> claims) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                TestIdentityProvider.ISSUER,
                TestUsers.unique(subject),
                "JWT",
                List.of(TestIdentityProvider.CLIENT_ID),
                claims,
                3600));
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
