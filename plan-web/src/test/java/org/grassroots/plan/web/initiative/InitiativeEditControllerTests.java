package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.create;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.uniqueWord;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.validForm;
import static org.grassroots.plan.web.initiative.SignedIn.editor;
import static org.grassroots.plan.web.initiative.SignedIn.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/** Creating and editing: validation in both languages, who may edit, concurrent edits, translation flags. */
@WebIntegrationTest
class InitiativeEditControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCraftedListIndexIsABadRequestNotAServerError() throws Exception {
        mvc.perform(post("/initiatives")
                        .param("partners[999].name", "x")
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void invalidInputIsShownBackWithAMessageAtEachFieldAndASummaryInJapanese() throws Exception {
        long before = count();
        MultiValueMap<String, String> form = invalidForm();

        mvc.perform(post("/initiatives").params(form).with(editor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("initiatives/form"))
                .andExpect(model().attributeHasFieldErrors(
                                "initiativeForm",
                                "titleJa",
                                "endDate",
                                "priorityAreas",
                                "targets[0].targetValue",
                                "fiscalYear"))
                .andExpect(content().string(containsString("入力内容に問題があります")))
                .andExpect(content().string(containsString("href=\"#titleJa\"")))
                .andExpect(content().string(containsString("href=\"#priorityAreas\"")))
                .andExpect(content().string(containsString("href=\"#targets0.targetValue\"")))
                .andExpect(content().string(containsString("タイトルを日本語または英語で入力してください")))
                .andExpect(content().string(containsString("終了日は開始日以降の日付を入力してください")))
                .andExpect(content().string(containsString("重点分野を1つ以上選んでください")))
                .andExpect(content().string(containsString("目標値は0以上の数値を入力してください")))
                .andExpect(content().string(containsString("年度は半角数字4桁で入力してください")))
                .andExpect(content().string(containsString(">入力は残る概要</textarea>")))
                .andExpect(content().string(containsString("value=\"Illinois Chamber (test)\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void validationMessagesAreInEnglishForEnglishReaders() throws Exception {
        mvc.perform(post("/initiatives")
                        .params(invalidForm())
                        .param("lang", "en")
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a title in Japanese or English")))
                .andExpect(content().string(containsString("The end date must be on or after the start date")))
                .andExpect(content().string(containsString("Choose at least one priority area")))
                .andExpect(content().string(containsString("The target value must be 0 or more")));
    }

    @Test
    void unknownCodesAreFieldErrorsNotServerErrors() throws Exception {
        long before = count();
        var form = validForm(uniqueWord(), "Unknown codes");
        form.set("priorityAreas", "NO_SUCH_AREA");
        form.set("states", "ZZ");

        mvc.perform(post("/initiatives").params(form).with(editor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("initiativeForm", "priorityAreas", "states"))
                .andExpect(content().string(containsString("存在しないコードが含まれています：ZZ")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void viewersAndReportersMayNotCreateOrEditAndNothingIsWritten() throws Exception {
        Long id = initiatives.create(create(uniqueWord(), "Forbidden", "OH"));
        long before = count();
        long version = version(id);
        for (var who : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
            viewer(), SignedIn.as("test-reporter", Role.MISSION_REPORTER)
        }) {
            mvc.perform(get("/initiatives/new").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/initiatives/{id}/edit", id).with(who)).andExpect(status().isForbidden());
            mvc.perform(post("/initiatives")
                            .params(validForm(uniqueWord(), "x"))
                            .with(who)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            var edit = validForm("上書き", "Overwritten");
            edit.add("version", Long.toString(version));
            mvc.perform(post("/initiatives/{id}/edit", id)
                            .params(edit)
                            .with(who)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(count()).isEqualTo(before);
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void aSecondEditorIsShownTheConflictAndCanReapplyTheirEdit() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "元の題", "Original " + word, "OH"));
        long loaded = version(id);

        var theirs = validForm(word + "同僚の題", "Original " + word);
        theirs.add("version", Long.toString(loaded));
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(theirs)
                        .with(SignedIn.as("colleague", Role.HQ_EDITOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));

        var mine = validForm(word + "私の題", "Original " + word);
        mine.add("version", Long.toString(loaded));
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(mine)
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("編集中に他の利用者によって変更されました")))
                .andExpect(content().string(containsString("colleague さんが")))
                .andExpect(content().string(containsString(word + "同僚の題")))
                .andExpect(content().string(containsString("value=\"" + word + "私の題\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        assertThat(titleJa(id)).isEqualTo(word + "同僚の題");

        mine.set("version", Long.toString(version(id)));
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(mine)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        assertThat(titleJa(id)).isEqualTo(word + "私の題");
    }

    @Test
    void editingOnlyTheJapaneseFlagsTheEnglishUntilConfirmed() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "翻訳", "Translation " + word, "OH"));

        var edit = validForm(word + "翻訳（改訂）", "Translation " + word);
        edit.set("summaryJa", "概要");
        edit.set("summaryEn", "Summary");
        edit.add("version", Long.toString(version(id)));
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(edit)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));

        mvc.perform(get("/initiatives/{id}", id).with(viewer()))
                .andExpect(content().string(containsString("英語の内容が日本語の変更に追いついていない可能性があります")));
        mvc.perform(get("/initiatives").param("q", word).param("stale", "true").with(viewer()))
                .andExpect(content().string(containsString(word + "翻訳（改訂）")));

        edit.set("version", Long.toString(version(id)));
        edit.add("translationConfirmed", "true");
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(edit)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        mvc.perform(get("/initiatives").param("q", word).param("stale", "true").with(viewer()))
                .andExpect(content().string(not(containsString(word + "翻訳（改訂）"))));
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "履歴", "History " + word, "OH"));
        var edit = validForm(word + "履歴（変更後）", "History " + word);
        edit.add("version", Long.toString(version(id)));
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(edit)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));

        mvc.perform(get("/initiatives/{id}", id).param("lang", "en").with(viewer()))
                .andExpect(content().string(containsString("Changed by test-hq")))
                .andExpect(content().string(containsString("Created by test-setup")))
                .andExpect(content().string(containsString(word + "履歴（変更後）")))
                .andExpect(content().string(containsString("Title (Japanese)")))
                .andExpect(content()
                        .string(matchesPattern("(?s).*<td lang=\"ja\"><span class=\"history-value\">\\s*<span>" + word
                                + "履歴（変更後）</span>.*")))
                .andExpect(content().string(containsString("Illinois")))
                .andExpect(content().string(containsString("Illinois Chamber (test)")));
        var usernames = jdbc.sql("SELECT r.username FROM initiative_aud a JOIN revinfo r ON r.rev = a.rev"
                        + " WHERE a.id = :id ORDER BY a.rev")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(usernames).containsExactly("test-setup", "test-hq");
    }

    @Test
    void targetUnitsDatesAndFiscalYearsAreShownInTheReadersLanguage() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "単位", "Units " + word, "OH"));
        var edit = validForm(word + "単位", "Units " + word);
        edit.add("version", Long.toString(version(id)));
        edit.set("fiscalYear", "2027");
        edit.add("startDate", "2026-06-01");
        edit.add("targets[0].unitJa", "回");
        edit.add("targets[0].unitEn", "seminars");
        edit.add("targets[1].indicatorEn", "Visitors");
        edit.add("targets[1].unitEn", "people");
        edit.add("targets[1].targetValue", "5");
        mvc.perform(post("/initiatives/{id}/edit", id)
                        .params(edit)
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));

        mvc.perform(get("/initiatives/{id}", id).param("lang", "ja").with(viewer()))
                .andExpect(content().string(containsString("<span lang=\"ja\">回</span>")))
                .andExpect(content().string(containsString("<span lang=\"en\">people</span>")))
                .andExpect(content().string(not(containsString(">seminars<"))))
                .andExpect(content().string(containsString(">2026年度<")))
                .andExpect(content().string(containsString("2026年6月1日")))
                .andExpect(content().string(containsString("セミナー開催数: 4 / 10 回")))
                .andExpect(content().string(not(containsString(">2026-06-01<"))));
        mvc.perform(get("/initiatives/{id}", id).param("lang", "en").with(viewer()))
                .andExpect(content().string(containsString("<span lang=\"en\">seminars</span>")))
                .andExpect(content().string(not(containsString(">回<"))))
                .andExpect(content().string(containsString(">FY2026<")))
                .andExpect(content().string(containsString("1 Jun 2026")))
                .andExpect(content().string(containsString("セミナー開催数: 4 / 10 seminars")))
                .andExpect(content().string(not(containsString(">2026-06-01<"))));
    }

    @Test
    void editorsSeeTheFormFilledWithTheStoredValues() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "編集", "Edit " + word, "OH"));

        mvc.perform(get("/initiatives/{id}/edit", id).with(editor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + word + "編集\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        mvc.perform(get("/initiatives/new").with(editor())).andExpect(status().isOk());
    }

    private static MultiValueMap<String, String> invalidForm() {
        var form = validForm("", "");
        form.remove("priorityAreas");
        form.set("summaryJa", "入力は残る概要");
        form.add("startDate", "2026-06-01");
        form.add("endDate", "2026-05-01");
        form.set("fiscalYear", "二〇二六");
        form.set("targets[0].targetValue", "-1");
        return form;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single();
    }

    private long version(Long id) {
        return jdbc.sql("SELECT version FROM initiative WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String titleJa(Long id) {
        return jdbc.sql("SELECT title_ja FROM initiative WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
