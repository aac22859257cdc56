package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.MvcResult;

/** Administrators manage users; every change is validated, audited and follows POST-redirect-GET. */
@WebIntegrationTest
class UserAdministrationTests {

    private static final String NEW_REPORTER = TestUsers.unique("new-reporter");
    private static final String TAKEN_NAME = TestUsers.unique("taken-name");
    private static final String MANAGED_USER = TestUsers.unique("managed-user");
    private static final String ADMIN_TESTER = TestUsers.unique("admin-tester");
    private static final String LISTED_REPORTER = TestUsers.unique("listed-reporter");

    static final Cookie ENGLISH = new Cookie("PLAN_LANG", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    Authentication admin;

    @BeforeEach
    void setUp() {
        var testUsers = new TestUsers(context);
        testUsers.ensure(ADMIN_TESTER, Role.ADMIN, null);
        admin = testUsers.signIn(ADMIN_TESTER);
    }

    @Test
    void createsAReporterWithAOneTimePasswordThatMustBeChanged() throws Exception {
        MvcResult result = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(authentication(admin))
                        .param("username", NEW_REPORTER)
                        .param("displayName", "New Reporter")
                        .param("email", "new.reporter-" + TestUsers.RUN + "@example.org")
                        .param("role", "MISSION_REPORTER")
                        .param("missionCode", "CG-CHI")
                        .param("preferredLanguage", "en"))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("oneTimePassword"))
                .andReturn();
        String oneTimePassword = (String) result.getFlashMap().get("oneTimePassword");
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("SELECT mission_code || ' ' || must_change_password || ' ' || preferred_language "
                                + "FROM app_user WHERE username = '" + NEW_REPORTER + "'")
                        .query(String.class)
                        .single())
                .isEqualTo("CG-CHI true en");
        assertThat(audit(NEW_REPORTER, "USER_CREATED")).isEqualTo(1);

        mvc.perform(formLogin("/login").user(NEW_REPORTER).password(oneTimePassword))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NEW_REPORTER)));
    }

    @Test
    void reporterWithoutMissionAndTakenUserNameAreFieldErrorsInBothLanguages() throws Exception {
        new TestUsers(context).ensure(TAKEN_NAME, Role.VIEWER, null);
        mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(authentication(admin))
                        .param("username", TAKEN_NAME)
                        .param("displayName", "Someone")
                        .param("role", "MISSION_REPORTER")
                        .param("preferredLanguage", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在外公館報告者には在外公館を選択してください。")));
        mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(authentication(admin))
                        .cookie(ENGLISH)
                        .param("username", TAKEN_NAME)
                        .param("displayName", "Someone")
                        .param("role", "VIEWER")
                        .param("email", "not-an-address")
                        .param("preferredLanguage", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a valid e-mail address.")));
        mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(authentication(admin))
                        .cookie(ENGLISH)
                        .param("username", TAKEN_NAME)
                        .param("displayName", "Someone")
                        .param("role", "VIEWER")
                        .param("preferredLanguage", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This user name is already taken.")));
        mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(authentication(admin))
                        .cookie(ENGLISH)
                        .param("username", "Bad Name!")
                        .param("displayName", "")
                        .param("preferredLanguage", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Use 3 to 60 lower-case letters"), containsString("Enter a value."))));
    }

    @Test
    void changesRoleDisablesEnablesUnlocksAndResetsWithAnAuditEntryEach() throws Exception {
        Long id = new TestUsers(context).ensure(MANAGED_USER, Role.VIEWER, null);
        String base = "/admin/users/" + id;

        mvc.perform(post(base + "/role")
                        .with(csrf())
                        .with(authentication(admin))
                        .param("role", "MISSION_REPORTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在外公館報告者には在外公館を選択してください。")));
        mvc.perform(post(base + "/role")
                        .with(csrf())
                        .with(authentication(admin))
                        .param("role", "MISSION_REPORTER")
                        .param("missionCode", "CG-LAX"))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/disable").with(csrf()).with(authentication(admin)))
                .andExpect(redirectedUrl(base));
        mvc.perform(formLogin("/login").user(MANAGED_USER).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post(base + "/enable").with(csrf()).with(authentication(admin)))
                .andExpect(redirectedUrl(base));
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE id = ?")
                .param(OffsetDateTime.ofInstant(clock.instant().plusSeconds(600), ZoneOffset.UTC))
                .param(id)
                .update();
        mvc.perform(get(base).with(authentication(admin))).andExpect(content().string(containsString("ロック中")));
        mvc.perform(post(base + "/unlock").with(csrf()).with(authentication(admin)))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/password").with(csrf()).with(authentication(admin)))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attributeExists("oneTimePassword"));

        assertThat(jdbc.sql("SELECT role || ' ' || mission_code || ' ' || enabled || ' ' || (locked_until IS NULL) "
                                + "|| ' ' || must_change_password FROM app_user WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("MISSION_REPORTER CG-LAX true true true");
        for (String type :
                new String[] {"ROLE_CHANGED", "USER_DISABLED", "USER_ENABLED", "USER_UNLOCKED", "PASSWORD_RESET"}) {
            assertThat(audit(MANAGED_USER, type)).as(type).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT actor FROM security_audit_event WHERE username = '" + MANAGED_USER + "' "
                                + "AND event_type = 'ROLE_CHANGED'")
                        .query(String.class)
                        .single())
                .isEqualTo(ADMIN_TESTER);
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrChangeTheirOwnRole() throws Exception {
        Long id = new TestUsers(context).ensure(ADMIN_TESTER, Role.ADMIN, null);
        mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(authentication(admin)))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("error", "admin.user.notYourself"));
        mvc.perform(post("/admin/users/" + id + "/role")
                        .with(csrf())
                        .with(authentication(admin))
                        .param("role", "VIEWER"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT role || ' ' || enabled FROM app_user WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN true");
    }

    @Test
    void listAndUnknownUser() throws Exception {
        new TestUsers(context).ensure(LISTED_REPORTER, Role.MISSION_REPORTER, "CG-CHI");
        mvc.perform(get("/admin/users").with(authentication(admin)).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(LISTED_REPORTER),
                                containsString("Chicago"),
                                not(containsString("??")))));
        mvc.perform(get("/admin/users/new").with(authentication(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/999999").with(authentication(admin))).andExpect(status().isNotFound());
    }

    private long audit(String username, String type) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = ? AND event_type = ?")
                .param(username)
                .param(type)
                .query(Long.class)
                .single();
    }
}
