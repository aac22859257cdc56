package org.grassroots.plan.web.initiative;

import static org.grassroots.plan.web.initiative.SignedIn.admin;
import static org.grassroots.plan.web.initiative.SignedIn.editor;
import static org.grassroots.plan.web.initiative.SignedIn.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An import request without a file is refused by role first, then answered 400 — never a server error. */
@WebIntegrationTest
class InitiativeImportRequestTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aRoleThatMayNotImportIsRefusedWhateverItSends() throws Exception {
        mvc.perform(post("/initiatives/import").param("x", "1").with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/import")
                        .with(SignedIn.as("test-reporter-chi", Role.MISSION_REPORTER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditorSendingNoFileGetsTheBadRequestPage() throws Exception {
        mvc.perform(post("/initiatives/import")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("x", "1")
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/initiatives/import")
                        .param("x", "1")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }
}
