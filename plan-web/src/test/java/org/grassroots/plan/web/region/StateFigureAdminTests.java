package org.grassroots.plan.web.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * An administrator adds a figure to Wyoming, which the state dashboard then shows with its year and source,
 * corrects it and removes it, each step in the history; a duplicate, a figure without source or value and an
 * outdated page are refused with a message at the field; only administrators may.
 */
@WebIntegrationTest
class StateFigureAdminTests {

    private static final String FIGURES = "/admin/reference/states/WY/figures";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String admin;
    String metric;

    @BeforeEach
    void administrator() {
        admin = TestUsers.unique("admin-fig");
        new TestUsers(context).ensure(admin, Role.ADMIN, null);
        new TestUsers(context).ensure("test-fig-hq", Role.HQ_EDITOR, null);
        metric = "Test metric " + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeTheirFigures() {
        jdbc.sql("DELETE FROM state_figure WHERE metric = :m")
                .param("m", metric)
                .update();
    }

    @Test
    void anAdministratorAddsCorrectsAndRemovesAFigureWithEachStepRecorded() throws Exception {
        mvc.perform(figure(FIGURES, "1234.5", "2024", "https://example.org/wyoming (test)", "high")
                        .with(as(admin)))
                .andExpect(redirectedUrl(FIGURES));
        mvc.perform(get("/states/WY").param("lang", "en").with(as(admin)))
                .andExpect(content().string(containsString(metric)))
                .andExpect(content().string(containsString("https://example.org/wyoming (test)")));
        long id = id();
        long version = version(id);

        mvc.perform(figure(FIGURES, "99", "2024", "Another source", "low")
                        .param("lang", "en")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has a figure for this metric and year")));
        mvc.perform(post(FIGURES)
                        .param("metric", metric + " incomplete")
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(csrf())
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the source.")))
                .andExpect(content().string(containsString("Give the value as a number or as a text.")));

        mvc.perform(figure(FIGURES + "/" + id, "1300", "2024", "https://example.org/wyoming (test)", "high")
                        .param("version", Long.toString(version))
                        .with(as(admin)))
                .andExpect(redirectedUrl(FIGURES));
        mvc.perform(figure(FIGURES + "/" + id, "1400", "2024", "Stale page", "high")
                        .param("version", Long.toString(version))
                        .param("lang", "en")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed or removed this figure")));
        mvc.perform(get(FIGURES).param("lang", "en").with(as(admin)))
                .andExpect(content().string(containsString("Corrected")))
                .andExpect(content().string(containsString(metric + ": 1234.5 (2024)")))
                .andExpect(content().string(containsString(metric + ": 1300 (2024)")));

        mvc.perform(post(FIGURES + "/" + id + "/delete")
                        .param("version", Long.toString(version(id)))
                        .with(csrf())
                        .with(as(admin)))
                .andExpect(redirectedUrl(FIGURES));
        assertThat(jdbc.sql("SELECT count(*) FROM state_figure WHERE metric = :m")
                        .param("m", metric)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT string_agg(action, ',' ORDER BY id) FROM state_figure_change WHERE metric = :m")
                        .param("m", metric)
                        .query(String.class)
                        .single())
                .isEqualTo("ADDED,CHANGED,REMOVED");
        mvc.perform(get("/states/WY").param("lang", "en").with(as(admin)))
                .andExpect(content().string(not(containsString(metric))));
    }

    @Test
    void onlyAdministratorsMayChangeStateFigures() throws Exception {
        mvc.perform(get(FIGURES).with(as("test-fig-hq"))).andExpect(status().isForbidden());
        mvc.perform(figure(FIGURES, "1", "2024", "Source", "high").with(as("test-fig-hq")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference/states/XX/figures").with(as(admin))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM state_figure WHERE metric = :m")
                        .param("m", metric)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder figure(
            String url, String value, String year, String source, String confidence) {
        return post(url)
                .param("metric", metric)
                .param("value", value)
                .param("year", year)
                .param("source", source)
                .param("confidence", confidence)
                .with(csrf());
    }

    private long id() {
        return jdbc.sql("SELECT id FROM state_figure WHERE metric = :m")
                .param("m", metric)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM state_figure WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private RequestPostProcessor as(String username) {
        return request ->
                authentication(new TestUsers(context).signIn(username)).postProcessRequest(request);
    }
}
