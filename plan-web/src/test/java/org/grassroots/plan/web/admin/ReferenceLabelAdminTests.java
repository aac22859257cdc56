package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Administrators relabel a sector and an audience and stop offering them; the change is recorded with who and
 * when; forms stop offering the code except where a record already has it; an outdated page cannot overwrite.
 */
@WebIntegrationTest
class ReferenceLabelAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String admin;
    String sector;
    String audience;

    @BeforeEach
    void codesOfTheirOwn() {
        admin = TestUsers.unique("admin-ref");
        new TestUsers(context).ensure(admin, Role.ADMIN, null);
        new TestUsers(context).ensure("test-ref-hq", Role.HQ_EDITOR, null);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        sector = "TEST_SECTOR_X" + suffix;
        audience = "TEST_AUDIENCE_X" + suffix;
        jdbc.sql("INSERT INTO sector (code, label_ja, label_en, sort_order) VALUES (:c, '試験分野', 'Test sector', 999)")
                .param("c", sector)
                .update();
        jdbc.sql("INSERT INTO audience (code, label_ja, label_en, sort_order)"
                        + " VALUES (:c, '試験対象', 'Test audience', 999)")
                .param("c", audience)
                .update();
    }

    @AfterEach
    void removeTheirCodes() {
        jdbc.sql("DELETE FROM reference_change WHERE code IN (:codes)")
                .param("codes", java.util.List.of(sector, audience))
                .update();
        jdbc.sql("DELETE FROM sector WHERE code = :c").param("c", sector).update();
        jdbc.sql("DELETE FROM audience WHERE code = :c").param("c", audience).update();
    }

    @Test
    void anAdministratorRelabelsAndDeactivatesASectorWithTheChangeRecorded() throws Exception {
        mvc.perform(get("/admin/reference/sectors").param("lang", "en").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sector)))
                .andExpect(content().string(containsString("Test sector")));

        mvc.perform(save("sectors", sector, version("sector", sector), "試験分野（改）", "Test sector (renamed)", false)
                        .with(as(admin)))
                .andExpect(redirectedUrl("/admin/reference/sectors"))
                .andExpect(flash().attribute("message", "reference.codes.saved"));

        assertThat(jdbc.sql("SELECT label_ja || '|' || label_en || '|' || active FROM sector WHERE code = :c")
                        .param("c", sector)
                        .query(String.class)
                        .single())
                .isEqualTo("試験分野（改）|Test sector (renamed)|false");
        assertThat(jdbc.sql("SELECT count(*) FROM reference_change WHERE kind = 'SECTOR' AND code = :c")
                        .param("c", sector)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        mvc.perform(get("/admin/reference/sectors/{code}", sector)
                        .param("lang", "en")
                        .with(as(admin)))
                .andExpect(content().string(containsString(admin)))
                .andExpect(content().string(containsString("Test sector (renamed)")))
                .andExpect(content().string(containsString("No (deactivated)")));

        mvc.perform(save("sectors", sector, version("sector", sector) - 1, "古い", "Stale", true)
                        .param("lang", "en")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this code")));
        mvc.perform(save("sectors", sector, version("sector", sector), " ", "Blank Japanese", true)
                        .param("lang", "en")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the Japanese label.")));
        assertThat(jdbc.sql("SELECT label_en FROM sector WHERE code = :c")
                        .param("c", sector)
                        .query(String.class)
                        .single())
                .isEqualTo("Test sector (renamed)");
    }

    @Test
    void formsStopOfferingADeactivatedCodeExceptWhereARecordAlreadyHasIt() throws Exception {
        mvc.perform(get("/initiatives/new").with(as("test-ref-hq")))
                .andExpect(content().string(containsString("value=\"" + sector + "\"")));

        mvc.perform(save("sectors", sector, version("sector", sector), "試験分野", "Test sector", false)
                        .with(as(admin)))
                .andExpect(redirectedUrl("/admin/reference/sectors"));
        mvc.perform(save("audiences", audience, version("audience", audience), "試験対象", "Test audience", false)
                        .with(as(admin)))
                .andExpect(redirectedUrl("/admin/reference/audiences"));

        mvc.perform(get("/initiatives/new").with(as("test-ref-hq")))
                .andExpect(content().string(not(containsString("value=\"" + sector + "\""))))
                .andExpect(content().string(not(containsString("value=\"" + audience + "\""))));
        mvc.perform(get("/reports/new").param("mission", "CG-CHI").with(as("test-ref-hq")))
                .andExpect(content().string(not(containsString("value=\"" + sector + "\""))))
                .andExpect(content().string(not(containsString("value=\"" + audience + "\""))));

        long initiative = jdbc.sql("SELECT min(id) FROM initiative WHERE NOT archived")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO initiative_sector (initiative_id, sector_code) VALUES (:i, :c)")
                .param("i", initiative)
                .param("c", sector)
                .update();
        try {
            mvc.perform(get("/initiatives/{id}/edit", initiative).with(as("test-ref-hq")))
                    .andExpect(content()
                            .string(matchesPattern("(?s).*<input type=\"checkbox\" value=\"" + sector
                                    + "\" id=\"sectors\\d+\" name=\"sectors\" checked=\"checked\">.*")));
        } finally {
            jdbc.sql("DELETE FROM initiative_sector WHERE sector_code = :c")
                    .param("c", sector)
                    .update();
        }
    }

    @Test
    void onlyAdministratorsMayChangeReferenceData() throws Exception {
        mvc.perform(get("/admin/reference/audiences").with(as("test-ref-hq"))).andExpect(status().isForbidden());
        mvc.perform(save("audiences", audience, version("audience", audience), "x", "y", false)
                        .with(as("test-ref-hq")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference/audiences/NO_SUCH_CODE").with(as(admin)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT active FROM audience WHERE code = :c")
                        .param("c", audience)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private MockHttpServletRequestBuilder save(
            String kind, String code, long version, String ja, String en, boolean active) {
        var request = post("/admin/reference/{kind}/{code}", kind, code)
                .param("version", Long.toString(version))
                .param("labelJa", ja)
                .param("labelEn", en)
                .param("_active", "on")
                .with(csrf());
        return active ? request.param("active", "true") : request;
    }

    private long version(String table, String code) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private RequestPostProcessor as(String username) {
        return request ->
                authentication(new TestUsers(context).signIn(username)).postProcessRequest(request);
    }
}
