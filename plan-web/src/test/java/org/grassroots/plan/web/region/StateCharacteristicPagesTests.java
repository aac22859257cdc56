package org.grassroots.plan.web.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** HQ sets a state's regional characteristics through the screen: note and source required, every change kept. */
@WebIntegrationTest
class StateCharacteristicPagesTests {

    /** A territory, so that the demo data and other tests never touch its characteristics. */
    static final String STATE = "VI";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    AppUser hq;
    AppUser viewer;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void createUsers() {
        hq = users.save(new AppUser("hq-char-" + run, "HQ char " + run, Role.HQ_EDITOR, null, java.time.Instant.now()));
        viewer = users.save(
                new AppUser("viewer-char-" + run, "Viewer " + run, Role.VIEWER, null, java.time.Instant.now()));
    }

    @Test
    void hqSetsACharacteristicWithNoteAndSourceAndItsHistoryIsKept() throws Exception {
        long before = historyCount();
        var note = "Sister-state ties " + run;

        mvc.perform(save(0, true, "", "").with(as(hq)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A characteristic that applies needs a note.")))
                .andExpect(content().string(containsString("A characteristic that applies needs a source.")));
        assertThat(historyCount()).as("nothing saved").isEqualTo(before);

        mvc.perform(save(3, true, note, "Test source " + run).with(as(hq)))
                .andExpect(redirectedUrl("/reference/states/" + STATE));
        mvc.perform(save(3, false, note, "Test source " + run).with(as(hq)))
                .andExpect(redirectedUrl("/reference/states/" + STATE));
        assertThat(historyCount()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT applies FROM us_state_characteristic WHERE state_code = :s"
                                + " AND regional_approach_code = 'LOCAL_EXCHANGE'")
                        .param("s", STATE)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        mvc.perform(get("/reference/states/" + STATE).param("lang", "en").with(as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("History of changes")))
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString("HQ char " + run)));
        mvc.perform(get("/reference/states").with(as(hq))).andExpect(status().isOk());
    }

    @Test
    void onlyHqAndAdministratorsMaySetCharacteristics() throws Exception {
        mvc.perform(get("/reference/states/" + STATE).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(save(0, true, "n", "s").with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/reference/states/XX").with(as(hq))).andExpect(status().isNotFound());
    }

    /** The form with the four approaches, row {@code index} set as given, the others not applying. */
    private MockHttpServletRequestBuilder save(int index, boolean applies, String note, String source) {
        String[] codes = {
            "MANY_JAPANESE_COMPANIES", "FEW_JAPANESE_LEARNERS", "DISTINCTIVE_INDUSTRY_RD", "LOCAL_EXCHANGE"
        };
        var request = post("/reference/states/" + STATE).with(csrf());
        for (int i = 0; i < codes.length; i++) {
            request.param("rows[" + i + "].approachCode", codes[i]);
            if (i == index) {
                if (applies) {
                    request.param("rows[" + i + "].applies", "true");
                }
                request.param("rows[" + i + "].note", note).param("rows[" + i + "].source", source);
            }
        }
        return request;
    }

    private long historyCount() {
        return jdbc.sql("SELECT count(*) FROM us_state_characteristic_history WHERE state_code = :s")
                .param("s", STATE)
                .query(Long.class)
                .single();
    }

    private RequestPostProcessor as(AppUser user) {
        var details = userDetails.loadUserByUsername(user.getUsername());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
