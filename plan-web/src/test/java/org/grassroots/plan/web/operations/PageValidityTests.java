package org.grassroots.plan.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page type, as served over HTTP to the role that sees the most of it, checked by the Nu HTML Checker:
 * no errors. The 503 page is checked where it can be produced, in {@link TwoNodeTests}.
 */
@WebIntegrationTest
class PageValidityTests {

    private static HtmlChecker checker;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void loadChecker() throws Exception {
        checker = new HtmlChecker();
    }

    @Test
    void thePagesOfAnAdministratorAreValid() throws Exception {
        new TestUsers(context).ensure("test-validity-admin", Role.ADMIN, null);
        var browser = new PortalBrowser();
        browser.signIn(port, "test-validity-admin", TestUsers.PASSWORD);
        long initiative = id("SELECT id FROM initiative WHERE NOT archived ORDER BY id LIMIT 1");
        long report = id("SELECT id FROM activity_report ORDER BY id LIMIT 1");
        long resubmitted = id("SELECT id FROM activity_report WHERE status = 'RESUBMITTED' ORDER BY id LIMIT 1");
        long returned = id("SELECT id FROM activity_report WHERE status = 'RETURNED' ORDER BY id LIMIT 1");
        long user = id("SELECT id FROM app_user ORDER BY id LIMIT 1");

        assertValid(
                browser,
                List.of(
                        "/",
                        "/?lang=en",
                        "/initiatives",
                        "/initiatives?lang=ja&q=%E6%97%A5%E6%9C%AC&sort=updated",
                        "/initiatives/" + initiative,
                        "/initiatives/" + initiative + "/edit",
                        "/initiatives/" + initiative + "/archive",
                        "/initiatives/new",
                        "/initiatives/import",
                        "/reports",
                        "/reports/" + report,
                        "/reports/" + resubmitted,
                        "/reports/" + returned + "?lang=en",
                        "/reports/review",
                        "/reports/calendar",
                        "/reports/import",
                        "/reports/new",
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/users/" + user,
                        "/admin/audit",
                        "/admin/audit?lang=en",
                        "/account/password",
                        "/initiatives/999999999",
                        "/no-such-page"));
    }

    @Test
    void thePagesOfAMissionReporterAreValid() throws Exception {
        var draft = jdbc.sql("SELECT id, mission_code FROM activity_report WHERE status = 'DRAFT' ORDER BY id LIMIT 1")
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .single();
        String username = "test-validity-" + draft.getValue().toLowerCase();
        new TestUsers(context).ensure(username, Role.MISSION_REPORTER, draft.getValue());
        var browser = new PortalBrowser();
        browser.signIn(port, username, TestUsers.PASSWORD);

        assertValid(
                browser,
                List.of(
                        "/",
                        "/reports/mine",
                        "/reports/new",
                        "/reports/" + draft.getKey(),
                        "/reports/" + draft.getKey() + "/edit",
                        "/reports/" + draft.getKey() + "/delete",
                        "/admin/users"));
    }

    @Test
    void theSignInPageFormsWithErrorsAndTheLimitPagesAreValid() throws Exception {
        var anonymous = new PortalBrowser();
        assertThat(checker.errors(anonymous.get(port, "/login").body())).isEmpty();
        assertThat(checker.errors(anonymous.get(port, "/login?error&lang=en").body()))
                .isEmpty();

        new TestUsers(context).ensure("test-validity-hq", Role.HQ_EDITOR, null);
        var editor = new PortalBrowser();
        editor.signIn(port, "test-validity-hq", TestUsers.PASSWORD);
        editor.get(port, "/initiatives/new");
        var invalid = editor.postForm(port, "/initiatives", Map.of("titleJa", "", "fiscalYear", "abc"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(checker.errors(invalid.body()))
                .as("initiative form with errors")
                .isEmpty();

        var tooLong = new LinkedHashMap<String, String>();
        tooLong.put("titleJa", "x".repeat(3 * 1024 * 1024));
        var tooLarge = editor.postForm(port, "/initiatives", tooLong);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(checker.errors(tooLarge.body())).as("413 page").isEmpty();
    }

    private void assertValid(PortalBrowser browser, List<String> paths) throws Exception {
        var problems = new LinkedHashMap<String, List<String>>();
        for (String path : paths) {
            var page = browser.get(port, path);
            assertThat(page.statusCode()).as(path).isIn(200, 403, 404);
            var errors = checker.errors(page.body());
            if (!errors.isEmpty()) {
                problems.put(path + " (" + page.statusCode() + ")", errors);
            }
        }
        assertThat(problems).as("HTML errors by page").isEmpty();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
