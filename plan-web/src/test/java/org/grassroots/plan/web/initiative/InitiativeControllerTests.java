package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.create;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.uniqueWord;
import static org.grassroots.plan.web.initiative.SignedIn.admin;
import static org.grassroots.plan.web.initiative.SignedIn.editor;
import static org.grassroots.plan.web.initiative.SignedIn.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The list, its filters and search, the detail page, archiving and restoring. */
@WebIntegrationTest
class InitiativeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAnInitiativeByASubstringOfItsJapaneseTitle() throws Exception {
        String word = uniqueWord();
        initiatives.create(create("オハイオ州" + word + "半導体対話", "Ohio dialogue " + word, "OH"));

        mvc.perform(get("/initiatives").param("q", word.substring(1) + "半導").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("オハイオ州" + word + "半導体対話")))
                .andExpect(content().string(containsString("1～1")));
    }

    @Test
    void filtersCombineAndStayInTheSortLinks() throws Exception {
        String word = uniqueWord();
        initiatives.create(create(word + "イリノイ", "Illinois " + word, "IL"));
        initiatives.create(create(word + "テキサス", "Texas " + word, "TX"));

        mvc.perform(get("/initiatives")
                        .param("q", word)
                        .param("state", "IL")
                        .param("status", "ACTIVE")
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(word + "イリノイ")))
                .andExpect(content().string(not(containsString(word + "テキサス"))))
                .andExpect(content().string(containsString("state=IL")))
                .andExpect(content().string(containsString("status=ACTIVE")));
    }

    @Test
    void showsTheEnglishTitleInEnglishAndFallsBackWithALanguageMarker() throws Exception {
        String word = uniqueWord();
        initiatives.create(create(word + "日本語のみ", null, "OH"));

        mvc.perform(get("/initiatives").param("q", word).param("lang", "en").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ja\">" + word + "日本語のみ")))
                .andExpect(content().string(containsString("class=\"lang-marker\">Japanese")));
    }

    @Test
    void anEmptyResultSaysSoAndOffersToClearTheFilters() throws Exception {
        mvc.perform(get("/initiatives").param("q", uniqueWord()).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("条件に合う取組はありません")))
                .andExpect(content().string(containsString("条件をクリア")));
        mvc.perform(get("/initiatives")
                        .param("q", uniqueWord())
                        .param("lang", "en")
                        .with(viewer()))
                .andExpect(content().string(containsString("No initiatives match")));
    }

    @Test
    void theDetailPageShowsClassificationTargetsAndHistory() throws Exception {
        String word = uniqueWord();
        var form = InitiativeFixtures.validForm(word + "詳細", "Detail " + word);
        String location = mvc.perform(
                        post("/initiatives").params(form).with(editor()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(word + "詳細")))
                .andExpect(content().string(containsString("イリノイ")))
                .andExpect(content().string(containsString("Illinois Chamber (test)")))
                .andExpect(content().string(containsString("40%")))
                .andExpect(content().string(containsString("test-hq さんが登録")));
    }

    @Test
    void archivedInitiativesLeaveTheListAndOnlyAnAdministratorRestoresThem() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "アーカイブ", "Archive " + word, "OH"));

        mvc.perform(get("/initiatives/{id}/archive", id).with(editor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(word + "アーカイブ")));
        mvc.perform(post("/initiatives/{id}/archive", id).with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));

        mvc.perform(get("/initiatives").param("q", word).with(editor()))
                .andExpect(content().string(not(containsString(word + "アーカイブ"))));
        mvc.perform(get("/initiatives")
                        .param("q", word)
                        .param("archived", "true")
                        .with(editor()))
                .andExpect(content().string(not(containsString(word + "アーカイブ"))));
        mvc.perform(get("/initiatives")
                        .param("q", word)
                        .param("archived", "true")
                        .with(admin()))
                .andExpect(content().string(containsString(word + "アーカイブ")));

        mvc.perform(get("/initiatives/{id}/edit", id).with(editor())).andExpect(redirectedUrl("/initiatives/" + id));
        var edit = InitiativeFixtures.validForm(word + "上書き", "Overwrite");
        edit.add("version", "99");
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(edit)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        mvc.perform(post("/initiatives/{id}/restore", id).with(editor()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(archived(id)).isTrue();
        mvc.perform(post("/initiatives/{id}/restore", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        assertThat(archived(id)).isFalse();
        mvc.perform(get("/initiatives").param("q", word).with(viewer()))
                .andExpect(content().string(containsString(word + "アーカイブ")));
    }

    @Test
    void viewersCannotArchive() throws Exception {
        Long id = initiatives.create(create(uniqueWord(), null, "OH"));

        mvc.perform(get("/initiatives/{id}/archive", id).with(viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/{id}/archive", id).with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(archived(id)).isFalse();
    }

    @Test
    void anUnknownInitiativeIsNotFound() throws Exception {
        mvc.perform(get("/initiatives/{id}", Long.MAX_VALUE).with(viewer())).andExpect(status().isNotFound());
    }

    private boolean archived(Long id) {
        return jdbc.sql("SELECT archived FROM initiative WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
