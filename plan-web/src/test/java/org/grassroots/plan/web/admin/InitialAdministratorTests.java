package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.grassroots.plan.core.user.PasswordPolicyException;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The first administrator comes from PLAN_ADMIN_USERNAME / PLAN_ADMIN_PASSWORD, hashed and never logged. */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTests {

    private static final String FIRST_ADMIN = TestUsers.unique("first-admin");

    private static final String SECRET = "first-admin-secret-2026";

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void createsTheAdministratorOnceWithAHashedPasswordThatIsNotLogged(CapturedOutput output) throws Exception {
        new InitialAdministrator(users, FIRST_ADMIN, SECRET).run(new DefaultApplicationArguments());
        new InitialAdministrator(users, FIRST_ADMIN, "another-password-2026").run(new DefaultApplicationArguments());

        String row = jdbc.sql("SELECT role || ' ' || must_change_password || ' ' || password_hash FROM app_user "
                        + "WHERE username = '" + FIRST_ADMIN + "'")
                .query(String.class)
                .single();
        assertThat(row).startsWith("ADMIN false {bcrypt}$2").doesNotContain(SECRET);
        assertThat(output.getAll())
                .contains("Created the initial administrator '" + FIRST_ADMIN + "'")
                .doesNotContain(SECRET);
        mvc.perform(formLogin("/login").user(FIRST_ADMIN).password(SECRET)).andExpect(redirectedUrl("/"));
    }

    @Test
    void nothingHappensWithoutConfigurationAndAWeakPasswordStopsTheStart() {
        long before =
                jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        new InitialAdministrator(users, "", "").run(new DefaultApplicationArguments());
        new InitialAdministrator(users, "half-configured", "").run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .isEqualTo(before);

        assertThatThrownBy(() ->
                        new InitialAdministrator(users, "weak-admin", "weakpw1").run(new DefaultApplicationArguments()))
                .isInstanceOf(PasswordPolicyException.class)
                .hasMessageNotContaining("weakpw1");
    }
}
