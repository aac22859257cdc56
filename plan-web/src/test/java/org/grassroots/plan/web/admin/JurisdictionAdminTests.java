package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator moves Idaho County (confidence low) to Seattle and back, and a whole state to another mission and
 * back, through the screen; the coverage guard refuses a county for a mission with no part of the state; every
 * change is logged; only administrators may.
 */
@WebIntegrationTest
class JurisdictionAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    AppUser admin;
    AppUser hq;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void createUsers() {
        admin = users.save(
                new AppUser("admin-jur-" + run, "Admin jur " + run, Role.ADMIN, null, java.time.Instant.now()));
        hq = users.save(new AppUser("hq-jur-" + run, "HQ jur " + run, Role.HQ_EDITOR, null, java.time.Instant.now()));
    }

    @Test
    void idahoCountyMovesToSeattleAndBackWithTheChangeLogged() throws Exception {
        long idahoCounty = countyId("ID", "Idaho");
        long changes = changeCount();

        mvc.perform(move("ID", idahoCounty, "CG-SEA", "Ministry confirmation " + run, "high")
                        .with(as(admin)))
                .andExpect(flash().attribute("message", "reference.jurisdictions.moved"));
        assertThat(missionOf(idahoCounty)).isEqualTo("CG-SEA");
        mvc.perform(move("ID", idahoCounty, "CO-PDX", "Back to the seed " + run, "low")
                        .with(as(admin)))
                .andExpect(flash().attribute("message", "reference.jurisdictions.moved"));
        assertThat(missionOf(idahoCounty)).isEqualTo("CO-PDX");
        assertThat(changeCount()).isEqualTo(changes + 2);

        mvc.perform(get("/admin/reference/jurisdictions").param("lang", "en").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ministry confirmation " + run)))
                .andExpect(content().string(containsString("ID Idaho: CG-SEA → CO-PDX")));
    }

    @Test
    void theGuardRefusesACountyForAMissionWithoutThatStateAndAStateMovedTwice() throws Exception {
        long ada = countyId("ID", "Ada");
        long changes = changeCount();

        mvc.perform(move("ID", ada, "CG-CHI", "No source " + run, "low").with(as(admin)))
                .andExpect(flash().attribute("jurisdictionError", "reference.error.coverage"));
        assertThat(missionOf(ada)).isEqualTo("CO-PDX");
        mvc.perform(move("ID", ada, "CG-SEA", " ", "low").with(as(admin)))
                .andExpect(flash().attribute("jurisdictionError", "reference.error.sourceRequired"));

        mvc.perform(move("MD", null, "CG-NYC", "2019 Detroit list " + run, "medium")
                        .with(as(admin)))
                .andExpect(flash().attribute("message", "reference.jurisdictions.moved"));
        assertThat(stateMission("MD")).isEqualTo("CG-NYC");
        mvc.perform(move("MD", null, "EMB-WDC", "missions.csv " + run, "medium").with(as(admin)))
                .andExpect(flash().attribute("message", "reference.jurisdictions.moved"));
        assertThat(stateMission("MD")).isEqualTo("EMB-WDC");
        assertThat(changeCount()).isEqualTo(changes + 2);

        mvc.perform(get("/admin/reference/jurisdictions").with(as(hq))).andExpect(status().isForbidden());
        mvc.perform(move("ID", ada, "CG-SEA", "x", "x").with(as(hq))).andExpect(status().isForbidden());
        assertThat(missionOf(ada)).isEqualTo("CO-PDX");
    }

    @Test
    void aMissionKeepsItsCountyWithANewSourceAndConfidenceAndTheSameAgainChangesNothing() throws Exception {
        long boise = countyId("ID", "Boise");
        String mission = missionOf(boise);
        long changes = changeCount();

        mvc.perform(move("ID", boise, mission, "Consulate's county list " + run, "high")
                        .with(as(admin)))
                .andExpect(flash().attribute("message", "reference.jurisdictions.moved"));
        assertThat(missionOf(boise)).isEqualTo(mission);
        assertThat(jdbc.sql("SELECT source || '|' || confidence FROM jurisdiction_county WHERE county_id = :c")
                        .param("c", boise)
                        .query(String.class)
                        .single())
                .isEqualTo("Consulate's county list " + run + "|high");
        mvc.perform(move("ID", boise, mission, "Consulate's county list " + run, "high")
                        .with(as(admin)))
                .andExpect(flash().attribute("jurisdictionError", "reference.error.sameMission"));
        assertThat(changeCount()).isEqualTo(changes + 1);
        mvc.perform(get("/admin/reference/jurisdictions").param("lang", "en").with(as(admin)))
                .andExpect(content().string(containsString("ID Boise: " + mission + " (new source and confidence)")));
    }

    private MockHttpServletRequestBuilder move(
            String state, Long county, String mission, String source, String confidence) {
        var request = post("/admin/reference/jurisdictions")
                .with(csrf())
                .param("state", state)
                .param("mission", mission)
                .param("source", source)
                .param("confidence", confidence);
        if (county != null) {
            request.param("county", county.toString());
        }
        return request;
    }

    private long countyId(String state, String name) {
        return jdbc.sql("SELECT id FROM county WHERE state_code = :s AND name = :n")
                .param("s", state)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private String missionOf(long county) {
        return jdbc.sql("SELECT j.mission_code FROM jurisdiction_county jc JOIN mission_jurisdiction j"
                        + " ON j.id = jc.jurisdiction_id WHERE jc.county_id = :c")
                .param("c", county)
                .query(String.class)
                .single();
    }

    private String stateMission(String state) {
        return jdbc.sql("SELECT mission_code FROM mission_jurisdiction WHERE state_code = :s")
                .param("s", state)
                .query(String.class)
                .single();
    }

    private long changeCount() {
        return jdbc.sql("SELECT count(*) FROM jurisdiction_change")
                .query(Long.class)
                .single();
    }

    private RequestPostProcessor as(AppUser user) {
        var details = userDetails.loadUserByUsername(user.getUsername());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
