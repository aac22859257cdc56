package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what on the pages of sign-in and administration: each demo role against each action, on the real
 * database. A refused POST writes nothing. Demo users are created here if the demo data does not have them.
 */
@WebIntegrationTest
class AccessRulesTests {

    static final int ALLOWED = 200;
    static final int FORBIDDEN = 403;
    static final int NOT_EXPOSED = 404;
    static final int TO_LOGIN = 302;

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
        testUsers.ensure("demo-admin", Role.ADMIN, null);
        testUsers.ensure("demo-hq", Role.HQ_EDITOR, null);
        testUsers.ensure("demo-chicago", Role.MISSION_REPORTER, "CG-CHI");
        testUsers.ensure("demo-viewer", Role.VIEWER, null);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("demo-admin", "/admin/users", ALLOWED),
                Arguments.of("demo-admin", "/admin/users/new", ALLOWED),
                Arguments.of("demo-admin", "/admin/audit", ALLOWED),
                Arguments.of("demo-admin", "/actuator/env", NOT_EXPOSED),
                Arguments.of("demo-admin", "/account/password", ALLOWED),
                Arguments.of("demo-hq", "/admin/users", FORBIDDEN),
                Arguments.of("demo-hq", "/admin/users/new", FORBIDDEN),
                Arguments.of("demo-hq", "/admin/audit", FORBIDDEN),
                Arguments.of("demo-hq", "/actuator/env", FORBIDDEN),
                Arguments.of("demo-hq", "/account/password", ALLOWED),
                Arguments.of("demo-chicago", "/admin/users", FORBIDDEN),
                Arguments.of("demo-chicago", "/admin/users/new", FORBIDDEN),
                Arguments.of("demo-chicago", "/admin/audit", FORBIDDEN),
                Arguments.of("demo-chicago", "/actuator/env", FORBIDDEN),
                Arguments.of("demo-chicago", "/account/password", ALLOWED),
                Arguments.of("demo-viewer", "/admin/users", FORBIDDEN),
                Arguments.of("demo-viewer", "/admin/users/new", FORBIDDEN),
                Arguments.of("demo-viewer", "/admin/audit", FORBIDDEN),
                Arguments.of("demo-viewer", "/actuator/env", FORBIDDEN),
                Arguments.of("demo-viewer", "/account/password", ALLOWED),
                Arguments.of(null, "/admin/users", TO_LOGIN),
                Arguments.of(null, "/admin/audit", TO_LOGIN),
                Arguments.of(null, "/account/password", TO_LOGIN),
                Arguments.of(null, "/actuator/env", TO_LOGIN));
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @MethodSource("pages")
    void get_(@Nullable String username, String path, int expected) throws Exception {
        var result = mvc.perform(as(username, get(path))).andExpect(status().is(expected));
        if (expected == TO_LOGIN) {
            result.andExpect(redirectedUrl("/login"));
        }
    }

    static Stream<Arguments> createUser() {
        return Stream.of(
                Arguments.of("demo-admin", 302, true),
                Arguments.of("demo-hq", FORBIDDEN, false),
                Arguments.of("demo-chicago", FORBIDDEN, false),
                Arguments.of("demo-viewer", FORBIDDEN, false),
                Arguments.of(null, TO_LOGIN, false));
    }

    @ParameterizedTest(name = "{0} POST /admin/users -> {1}, created: {2}")
    @MethodSource("createUser")
    void createUser(@Nullable String username, int expected, boolean created) throws Exception {
        String newUser = "made-by-" + (username == null ? "anonymous" : username);
        mvc.perform(as(username, createUserRequest(newUser).with(csrf()))).andExpect(status().is(expected));

        assertThat(userExists(newUser)).isEqualTo(created);
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(newUser).update();
    }

    static Stream<Arguments> userActions() {
        return Stream.of("role", "disable", "enable", "unlock", "password")
                .flatMap(action ->
                        Stream.of("demo-hq", "demo-chicago", "demo-viewer").map(user -> Arguments.of(user, action)));
    }

    @ParameterizedTest(name = "{0} POST /admin/users/ID/{1} -> 403")
    @MethodSource("userActions")
    void userActionsAreForAdministratorsOnly(String username, String action) throws Exception {
        Long target = testUsers.ensure("access-target", Role.VIEWER, null);
        String before = accountState(target);

        mvc.perform(as(
                        username,
                        post("/admin/users/" + target + "/" + action)
                                .with(csrf())
                                .param("role", "ADMIN")))
                .andExpect(status().isForbidden());

        assertThat(accountState(target)).isEqualTo(before);
    }

    @Test
    void postWithoutCsrfTokenIsRefusedAndWritesNothing() throws Exception {
        mvc.perform(as("demo-admin", createUserRequest("made-without-csrf"))).andExpect(status().isForbidden());
        assertThat(userExists("made-without-csrf")).isFalse();

        Long viewer = testUsers.ensure("demo-viewer", Role.VIEWER, null);
        String before = accountState(viewer);
        mvc.perform(as(
                        "demo-viewer",
                        post("/account/password")
                                .param("currentPassword", TestUsers.PASSWORD)
                                .param("newPassword", "changed-without-csrf")
                                .param("confirmPassword", "changed-without-csrf")))
                .andExpect(status().isForbidden());
        mvc.perform(as("demo-admin", post("/admin/users/" + viewer + "/disable")))
                .andExpect(status().isForbidden());
        assertThat(accountState(viewer)).isEqualTo(before);

        mvc.perform(post("/login").param("username", "demo-viewer").param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder as(@Nullable String username, MockHttpServletRequestBuilder request) {
        return username == null ? request : request.with(authentication(testUsers.signIn(username)));
    }

    private static MockHttpServletRequestBuilder createUserRequest(String username) {
        return post("/admin/users")
                .param("username", username)
                .param("displayName", "Made in a test")
                .param("role", "VIEWER")
                .param("preferredLanguage", "ja");
    }

    private boolean userExists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String accountState(Long id) {
        return jdbc.sql("SELECT role || enabled || must_change_password || coalesce(locked_until::text, '-') "
                        + "|| password_hash || version FROM app_user WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
