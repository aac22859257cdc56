package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.SignInAttempts;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Form sign-in: lockout after five failures, release after the lock time, disabled accounts, the audit log. */
@WebIntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TestUsers testUsers;

    @BeforeEach
    void setUp() {
        testUsers = new TestUsers(context);
    }

    @Test
    void correctPasswordSignsInAndResetsTheFailureCount() throws Exception {
        testUsers.ensure("signin-reset", Role.VIEWER, null);
        signIn("signin-reset", "wrong-password-1").andExpect(redirectedUrl("/login?error"));
        signIn("signin-reset", "wrong-password-2").andExpect(redirectedUrl("/login?error"));
        assertThat(failedAttempts("signin-reset")).isEqualTo(2);

        signIn("signin-reset", TestUsers.PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());

        assertThat(failedAttempts("signin-reset")).isZero();
        assertThat(auditCount("signin-reset", "SIGN_IN")).isPositive();
        assertThat(auditCount("signin-reset", "SIGN_IN_FAILED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheCorrectPassword() throws Exception {
        testUsers.ensure("signin-lock", Role.HQ_EDITOR, null);
        for (int attempt = 1; attempt <= SignInAttempts.MAX_FAILED_ATTEMPTS; attempt++) {
            signIn("signin-lock", "wrong-password-" + attempt)
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        var lockedFor = jdbc.sql("SELECT extract(epoch FROM locked_until - now()) FROM app_user WHERE username = ?")
                .param("signin-lock")
                .query(Double.class)
                .single();
        assertThat(lockedFor).isBetween(14 * 60.0, 15 * 60.0);
        assertThat(auditCount("signin-lock", "ACCOUNT_LOCKED")).isEqualTo(1);

        signIn("signin-lock", TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(auditCount("signin-lock", "SIGN_IN_REFUSED")).isEqualTo(1);
        signIn("signin-lock", "wrong-password-6").andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("signin-lock", "ACCOUNT_LOCKED"))
                .as("failures while locked do not re-lock")
                .isEqualTo(1);

        // Fifteen minutes pass: the lock ends one second before now.
        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = ?")
                .param("signin-lock")
                .update();

        signIn("signin-lock", TestUsers.PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());
        assertThat(jdbc.sql("SELECT locked_until IS NULL FROM app_user WHERE username = ?")
                        .param("signin-lock")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
        testUsers.ensure("signin-same", Role.VIEWER, null);
        signIn("no-such-user-anywhere", "whatever-password").andExpect(redirectedUrl("/login?error"));
        signIn("signin-same", "wrong-password").andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("no-such-user-anywhere", "SIGN_IN_FAILED")).isEqualTo(1);
    }

    @Test
    void withoutSingleSignOnConfiguredTheSignInPageHasOnlyTheForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/oauth2/authorization"))));
        mvc.perform(get("/oauth2/authorization/ministry")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        testUsers.ensure("signin-disabled", Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?")
                .param("signin-disabled")
                .update();

        signIn("signin-disabled", TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(auditCount("signin-disabled", "SIGN_IN_REFUSED")).isEqualTo(1);
    }

    @Test
    void signInSwitchesToThePreferredLanguageUnlessTheBrowserChoseOne() throws Exception {
        new TestUsers(context).ensure("signin-english", Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET preferred_language = 'en' WHERE username = 'signin-english'")
                .update();

        signIn("signin-english", TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value("PLAN_LANG", "en"));
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "signin-english")
                        .param("password", TestUsers.PASSWORD)
                        .cookie(new Cookie("PLAN_LANG", "ja")))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().doesNotExist("PLAN_LANG"));
    }

    @Test
    void signOutIsAudited() throws Exception {
        testUsers.ensure("signin-out", Role.VIEWER, null);
        mvc.perform(post("/logout").with(csrf()).with(authentication(testUsers.signIn("signin-out"))))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(auditCount("signin-out", "SIGN_OUT")).isEqualTo(1);
    }

    @Test
    void overlongPasswordIsAnOrdinaryFailure() throws Exception {
        testUsers.ensure("signin-long", Role.VIEWER, null);
        signIn("signin-long", "x".repeat(200)).andExpect(redirectedUrl("/login?error"));
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private int failedAttempts(String username) {
        return jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private long auditCount(String username, String type) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = ? AND event_type = ?")
                .param(username)
                .param(type)
                .query(Long.class)
                .single();
    }
}
