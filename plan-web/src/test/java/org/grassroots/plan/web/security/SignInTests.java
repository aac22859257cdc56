package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private static final String SIGNIN_RESET = TestUsers.unique("signin-reset");
    private static final String SIGNIN_LOCK = TestUsers.unique("signin-lock");
    private static final String SIGNIN_SAME = TestUsers.unique("signin-same");
    private static final String NO_SUCH_USER_ANYWHERE = TestUsers.unique("no-such-user-anywhere");
    private static final String SIGNIN_DISABLED = TestUsers.unique("signin-disabled");
    private static final String SIGNIN_ENGLISH = TestUsers.unique("signin-english");
    private static final String SIGNIN_OUT = TestUsers.unique("signin-out");
    private static final String SIGNIN_LONG = TestUsers.unique("signin-long");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    TestUsers testUsers;

    @BeforeEach
    void setUp() {
        testUsers = new TestUsers(context);
    }

    @Test
    void correctPasswordSignsInAndResetsTheFailureCount() throws Exception {
        testUsers.ensure(SIGNIN_RESET, Role.VIEWER, null);
        signIn(SIGNIN_RESET, "wrong-password-1").andExpect(redirectedUrl("/login?error"));
        signIn(SIGNIN_RESET, "wrong-password-2").andExpect(redirectedUrl("/login?error"));
        assertThat(failedAttempts(SIGNIN_RESET)).isEqualTo(2);

        signIn(SIGNIN_RESET, TestUsers.PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());

        assertThat(failedAttempts(SIGNIN_RESET)).isZero();
        assertThat(auditCount(SIGNIN_RESET, "SIGN_IN")).isPositive();
        assertThat(auditCount(SIGNIN_RESET, "SIGN_IN_FAILED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheCorrectPassword() throws Exception {
        testUsers.ensure(SIGNIN_LOCK, Role.HQ_EDITOR, null);
        for (int attempt = 1; attempt <= SignInAttempts.MAX_FAILED_ATTEMPTS; attempt++) {
            signIn(SIGNIN_LOCK, "wrong-password-" + attempt)
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        var lockedFor = jdbc.sql("SELECT extract(epoch FROM locked_until - ?) FROM app_user WHERE username = ?")
                .param(now())
                .param(SIGNIN_LOCK)
                .query(Double.class)
                .single();
        assertThat(lockedFor).isBetween(14 * 60.0, 15 * 60.0);
        assertThat(auditCount(SIGNIN_LOCK, "ACCOUNT_LOCKED")).isEqualTo(1);

        signIn(SIGNIN_LOCK, TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(auditCount(SIGNIN_LOCK, "SIGN_IN_REFUSED")).isEqualTo(1);
        signIn(SIGNIN_LOCK, "wrong-password-6").andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount(SIGNIN_LOCK, "ACCOUNT_LOCKED"))
                .as("failures while locked do not re-lock")
                .isEqualTo(1);

        // Fifteen minutes pass: the lock ends one second before now (by the portal's clock).
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .param(now().minusSeconds(1))
                .param(SIGNIN_LOCK)
                .update();

        signIn(SIGNIN_LOCK, TestUsers.PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());
        assertThat(jdbc.sql("SELECT locked_until IS NULL FROM app_user WHERE username = ?")
                        .param(SIGNIN_LOCK)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
        testUsers.ensure(SIGNIN_SAME, Role.VIEWER, null);
        signIn(NO_SUCH_USER_ANYWHERE, "whatever-password").andExpect(redirectedUrl("/login?error"));
        signIn(SIGNIN_SAME, "wrong-password").andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount(NO_SUCH_USER_ANYWHERE, "SIGN_IN_FAILED")).isEqualTo(1);
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        testUsers.ensure(SIGNIN_DISABLED, Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?")
                .param(SIGNIN_DISABLED)
                .update();

        signIn(SIGNIN_DISABLED, TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(auditCount(SIGNIN_DISABLED, "SIGN_IN_REFUSED")).isEqualTo(1);
    }

    @Test
    void signInSwitchesToThePreferredLanguageUnlessTheBrowserChoseOne() throws Exception {
        new TestUsers(context).ensure(SIGNIN_ENGLISH, Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET preferred_language = 'en' WHERE username = '" + SIGNIN_ENGLISH + "'")
                .update();

        signIn(SIGNIN_ENGLISH, TestUsers.PASSWORD)
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value("PLAN_LANG", "en"));
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", SIGNIN_ENGLISH)
                        .param("password", TestUsers.PASSWORD)
                        .cookie(new Cookie("PLAN_LANG", "ja")))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().doesNotExist("PLAN_LANG"));
    }

    @Test
    void signOutIsAudited() throws Exception {
        testUsers.ensure(SIGNIN_OUT, Role.VIEWER, null);
        mvc.perform(post("/logout").with(csrf()).with(authentication(testUsers.signIn(SIGNIN_OUT))))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(auditCount(SIGNIN_OUT, "SIGN_OUT")).isEqualTo(1);
    }

    @Test
    void overlongPasswordIsAnOrdinaryFailure() throws Exception {
        testUsers.ensure(SIGNIN_LONG, Role.VIEWER, null);
        signIn(SIGNIN_LONG, "x".repeat(200)).andExpect(redirectedUrl("/login?error"));
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

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long auditCount(String username, String type) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = ? AND event_type = ?")
                .param(username)
                .param(type)
                .query(Long.class)
                .single();
    }
}
