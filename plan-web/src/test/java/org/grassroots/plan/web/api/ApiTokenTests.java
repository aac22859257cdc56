package org.grassroots.plan.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.api.ApiClients.bearer;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal access tokens: an administrator issues one under /admin/tokens (shown once, stored only as a hash,
 * audited), a request without a token or with an unknown, revoked or expired token or a disabled user's token is
 * answered 401 with a problem, and the API keeps no session and needs no CSRF token.
 */
@WebIntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ApiClients clients;
    TestUsers testUsers;
    AppUser viewer;

    @BeforeEach
    void setUp() {
        clients = new ApiClients(context);
        testUsers = new TestUsers(context);
        viewer = clients.user("viewer", Role.VIEWER, null);
    }

    @Test
    void anAdministratorIssuesATokenThatIsShownOnceStoredHashedAndAudited() throws Exception {
        testUsers.ensure("api-token-admin", Role.ADMIN, null);
        var admin = authentication(testUsers.signIn("api-token-admin"));
        String name = "CRM sync " + System.nanoTime();
        var page = mvc.perform(post("/admin/tokens")
                        .with(admin)
                        .with(csrf())
                        .param("userId", viewer.getId().toString())
                        .param("name", name)
                        .param("scopes", "READ")
                        .param("expiresOn", LocalDate.now(clock).plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("gpp_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group();

        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE name = :name")
                        .param("name", name)
                        .query(String.class)
                        .single())
                .hasSize(64)
                .doesNotContain(token);
        mvc.perform(get("/admin/tokens").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/api/v1/states").with(bearer(token))).andExpect(status().isOk());
        assertThat(auditCount("API_TOKEN_ISSUED", viewer.getUsername())).isEqualTo(1);
    }

    @Test
    void anAdministratorRevokesATokenAndItStopsWorking() throws Exception {
        testUsers.ensure("api-token-admin", Role.ADMIN, null);
        var admin = authentication(testUsers.signIn("api-token-admin"));
        String token = clients.token(viewer);
        mvc.perform(get("/api/v1/states").with(bearer(token))).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = :user")
                .param("user", viewer.getId())
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/states").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
        assertThat(auditCount("API_TOKEN_REVOKED", viewer.getUsername())).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsSeeTheTokenPages() throws Exception {
        testUsers.ensure("api-token-hq", Role.HQ_EDITOR, null);
        mvc.perform(get("/admin/tokens").with(authentication(testUsers.signIn("api-token-hq"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = clients.token(viewer);
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE user_id = :user")
                .param("user", viewer.getId())
                .update();
        mvc.perform(get("/api/v1/states").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(ApiProblem.TYPE_PREFIX + "unauthenticated"));
    }

    @Test
    void aDisabledUsersTokenIsRefused() throws Exception {
        String token = clients.token(viewer);
        context.getBean(UserManagement.class).disable(viewer.getId(), "test");
        mvc.perform(get("/api/v1/states").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutATokenTheApiAnswersAProblemInTheClientsLanguage() throws Exception {
        mvc.perform(get("/api/v1/initiatives").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.instance").value("/api/v1/initiatives"));
        mvc.perform(get("/api/v1/initiatives").header("Accept-Language", "ja"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("認証が必要です"));
        mvc.perform(get("/api/v1/initiatives").with(bearer("gpp_not-a-real-token")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiKeepsNoSessionAndUnknownPathsAreProblems() throws Exception {
        String token = clients.token(viewer);
        mvc.perform(get("/api/v1/states").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/no-such-thing").with(bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aReadOnlyTokenCannotWrite() throws Exception {
        var hq = clients.user("hq-read", Role.HQ_EDITOR, null);
        String token = clients.token(hq, ApiScope.READ);
        mvc.perform(post("/api/v1/initiatives")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private long auditCount(String type, String username) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE event_type = :type AND username = :user")
                .param("type", type)
                .param("user", username)
                .query(Long.class)
                .single();
    }
}
