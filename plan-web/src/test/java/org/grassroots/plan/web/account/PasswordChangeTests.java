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

    static final Cookie ENGLISH = new Cookie("PLAN_LANG", "en");

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
    void fieldErrorsInBothLanguagesAndNothingChanged() throws Exception {
        testUsers.ensure("pw-errors", Role.VIEWER, null);
        Authentication me = testUsers.signIn("pw-errors");
        String hashBefore = hash("pw-errors");

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

        assertThat(hash("pw-errors")).isEqualTo(hashBefore);
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndTheFifthLocksAndSignsOut() throws Exception {
        testUsers.ensure("pw-guesser", Role.VIEWER, null);
        Authentication me = testUsers.signIn("pw-guesser");
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

        assertThat(jdbc.sql("SELECT locked_until > now() FROM app_user WHERE username = 'pw-guesser'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = 'pw-guesser'"
                                + " AND event_type = 'PASSWORD_CHANGE_FAILED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_attempts = 0 WHERE username = 'pw-guesser'")
                .update();
    }

    @Test
    void passwordEqualToTheUserNameIsRefused() throws Exception {
        testUsers.ensure("pw-same-as-name", Role.VIEWER, null);
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(authentication(testUsers.signIn("pw-same-as-name")))
                        .cookie(ENGLISH)
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "pw-same-as-name")
                        .param("confirmPassword", "pw-same-as-name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must not be your user name.")));
    }

    @Test
    void aOneTimePasswordHoldsTheUserOnThePasswordPageUntilChanged() throws Exception {
        testUsers.ensure("pw-one-time", Role.HQ_EDITOR, null);
        jdbc.sql("UPDATE app_user SET must_change_password = true WHERE username = 'pw-one-time'")
                .update();
        Authentication me = testUsers.signIn("pw-one-time");
        long changesBefore = passwordChanges("pw-one-time");

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
        mvc.perform(formLogin("/login").user("pw-one-time").password("  spaces are kept  "))
                .andExpect(redirectedUrl("/"));
        assertThat(passwordChanges("pw-one-time")).isEqualTo(changesBefore + 1);
    }

    @Test
    void aUserDisabledWhileSignedInIsSignedOut() throws Exception {
        testUsers.ensure("pw-disabled-later", Role.VIEWER, null);
        Authentication me = testUsers.signIn("pw-disabled-later");
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'pw-disabled-later'")
                .update();

        mvc.perform(get("/").with(authentication(me))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUserWhoseRoleChangedWhileSignedInMustSignInAgain() throws Exception {
        testUsers.ensure("pw-demoted-later", Role.HQ_EDITOR, null);
        Authentication me = testUsers.signIn("pw-demoted-later");
        mvc.perform(get("/").with(authentication(me))).andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET role = 'VIEWER' WHERE username = 'pw-demoted-later'")
                .update();

        mvc.perform(get("/").with(authentication(me))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").with(authentication(testUsers.signIn("pw-demoted-later"))))
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
