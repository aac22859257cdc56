package org.grassroots.plan.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Changing one's own password, and being held on that page while a one-time password is in use. */
@WebIntegrationTest
class PasswordChangeTests {

    private static final String PW_ERRORS = TestUsers.unique("pw-errors");
    private static final String PW_GUESSER = TestUsers.unique("pw-guesser");
    private static final String PW_SAME_AS_NAME = TestUsers.unique("pw-same-as-name");
    private static final String PW_ONE_TIME = TestUsers.unique("pw-one-time");
    private static final String PW_DISABLED_LATER = TestUsers.unique("pw-disabled-later");
    private static final String PW_DEMOTED_LATER = TestUsers.unique("pw-demoted-later");

    static final Cookie ENGLISH = new Cookie("PLAN_LANG", "en");

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
    void fieldErrorsInBothLanguagesAndNothingChanged() throws Exception {
        testUsers.ensure(PW_ERRORS, Role.VIEWER, null);
        Authentication me = testUsers.signIn(PW_ERRORS);
        String hashBefore = hash(PW_ERRORS);

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .param("currentPassword", "wrong-current-password")
                        .param("newPassword", "short")
                        .param("confirmPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("パスワードは12文字以上にしてください。")));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .cookie(ENGLISH)
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "a-long-enough-password")
                        .param("confirmPassword", "a-different-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two new passwords do not match.")));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .cookie(ENGLISH)
                        .param("currentPassword", "wrong-current-password")
                        .param("newPassword", "a-long-enough-password")
                        .param("confirmPassword", "a-long-enough-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is not correct.")));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .cookie(ENGLISH)
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "PW-ERRORS")
                        .param("confirmPassword", "PW-ERRORS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .param("currentPassword", "")
                        .param("newPassword", "")
                        .param("confirmPassword", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力してください。")));

        assertThat(hash(PW_ERRORS)).isEqualTo(hashBefore);
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndTheFifthLocksAndSignsOut() throws Exception {
        testUsers.ensure(PW_GUESSER, Role.VIEWER, null);
        Authentication me = testUsers.signIn(PW_GUESSER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(post("/account/password")
                            .with(csrf())
                            .with(authentication(me))
                            .param("currentPassword", "guess-" + attempt)
                            .param("newPassword", "a-long-enough-password")
                            .param("confirmPassword", "a-long-enough-password"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .param("currentPassword", "guess-5")
                        .param("newPassword", "a-long-enough-password")
                        .param("confirmPassword", "a-long-enough-password"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.sql("SELECT locked_until > ? FROM app_user WHERE username = '" + PW_GUESSER + "'")
                        .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = '" + PW_GUESSER + "'"
                                + " AND event_type = 'PASSWORD_CHANGE_FAILED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_attempts = 0 WHERE username = '" + PW_GUESSER + "'")
                .update();
    }

    @Test
    void passwordEqualToTheUserNameIsRefused() throws Exception {
        testUsers.ensure(PW_SAME_AS_NAME, Role.VIEWER, null);
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(testUsers.signIn(PW_SAME_AS_NAME)))
                        .cookie(ENGLISH)
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", PW_SAME_AS_NAME)
                        .param("confirmPassword", PW_SAME_AS_NAME))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must not be your user name.")));
    }

    @Test
    void aOneTimePasswordHoldsTheUserOnThePasswordPageUntilChanged() throws Exception {
        testUsers.ensure(PW_ONE_TIME, Role.HQ_EDITOR, null);
        jdbc.sql("UPDATE app_user SET must_change_password = true WHERE username = '" + PW_ONE_TIME + "'")
                .update();
        Authentication me = testUsers.signIn(PW_ONE_TIME);
        long changesBefore = passwordChanges(PW_ONE_TIME);

        mvc.perform(get("/").with(authentication(me))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").with(authentication(me))).andExpect(status().isForbidden());
        mvc.perform(get("/css/portal.css").with(authentication(me))).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(authentication(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("仮パスワードでログインしています")));

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(me))
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "  spaces are kept  ")
                        .param("confirmPassword", "  spaces are kept  "))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").with(authentication(me))).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(PW_ONE_TIME).password("  spaces are kept  "))
                .andExpect(redirectedUrl("/"));
        assertThat(passwordChanges(PW_ONE_TIME)).isEqualTo(changesBefore + 1);
    }

    @Test
    void aUserDisabledWhileSignedInIsSignedOut() throws Exception {
        testUsers.ensure(PW_DISABLED_LATER, Role.VIEWER, null);
        Authentication me = testUsers.signIn(PW_DISABLED_LATER);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = '" + PW_DISABLED_LATER + "'")
                .update();

        mvc.perform(get("/").with(authentication(me))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUserWhoseRoleChangedWhileSignedInMustSignInAgain() throws Exception {
        testUsers.ensure(PW_DEMOTED_LATER, Role.HQ_EDITOR, null);
        Authentication me = testUsers.signIn(PW_DEMOTED_LATER);
        mvc.perform(get("/").with(authentication(me))).andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET role = 'VIEWER' WHERE username = '" + PW_DEMOTED_LATER + "'")
                .update();

        mvc.perform(get("/").with(authentication(me))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").with(authentication(testUsers.signIn(PW_DEMOTED_LATER))))
                .andExpect(status().isOk());
    }

    private long passwordChanges(String username) {
        return jdbc.sql(
                        "SELECT count(*) FROM security_audit_event WHERE username = ? AND event_type = 'PASSWORD_CHANGED'")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
