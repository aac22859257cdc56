package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log page: newest first, filtered by user and event type, 50 entries a page. */
@WebIntegrationTest
class AuditLogPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityAudit audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Authentication admin;

    @BeforeEach
    void setUp() {
        var testUsers = new TestUsers(context);
        testUsers.ensure("audit-admin", Role.ADMIN, null);
        admin = testUsers.signIn("audit-admin");
    }

    @Test
    void newestFirstAndFilteredByUserAndType() throws Exception {
        if (count("audit-filtered") == 0) {
            audit.record(SecurityEventType.SIGN_IN_FAILED, "audit-filtered", null, "first", "10.0.0.1");
            audit.record(SecurityEventType.ACCOUNT_LOCKED, "audit-filtered", null, "second", "10.0.0.1");
            audit.record(SecurityEventType.USER_UNLOCKED, "audit-filtered", "audit-admin", "third", null);
        }

        String all = table(get("/admin/audit").param("user", "audit-filtered"));
        assertThat(all).contains("first", "second", "third");
        assertThat(all.indexOf("third")).isLessThan(all.indexOf("second"));
        assertThat(all.indexOf("second")).isLessThan(all.indexOf("first"));
        assertThat(all).contains("アカウントロック");

        String locks = table(get("/admin/audit")
                .param("user", "audit-filtered")
                .param("type", "ACCOUNT_LOCKED")
                .cookie(new Cookie("PLAN_LANG", "en")));
        assertThat(locks).contains("second", "Account locked").doesNotContain("first", "third");
    }

    @Test
    void pagesOfFifty() throws Exception {
        if (count("audit-paged") == 0) {
            for (int i = 1; i <= 51; i++) {
                audit.record(SecurityEventType.SIGN_IN, "audit-paged", "audit-paged", "entry-" + i + ".", null);
            }
        }
        String first = page(0);
        assertThat(first)
                .contains("entry-51.", "entry-2.")
                .doesNotContain("entry-1.")
                .contains("rel=\"next\"");
        String second = page(1);
        assertThat(second).contains("entry-1.").doesNotContain("entry-2.").contains("rel=\"prev\"");
    }

    private String page(int page) throws Exception {
        return mvc.perform(get("/admin/audit")
                        .param("user", "audit-paged")
                        .param("page", String.valueOf(page))
                        .with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String table(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("??");
        return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    }

    private long count(String username) {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
