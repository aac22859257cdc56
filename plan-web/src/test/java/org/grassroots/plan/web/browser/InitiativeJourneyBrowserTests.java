package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.testing.InitiativeBuilder.anInitiative;

import java.util.UUID;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An HQ editor finds an initiative by a word of its Japanese title, edits it (first with a mistake, then
 * correctly) and sees the change in its history; axe checks the list, the detail page and the form with errors.
 */
class InitiativeJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    InitiativeManagement initiatives;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "ja, 入力内容に問題があります, demo-hq さんが変更, タイトル（日本語）",
        "en, There is a problem, Changed by demo-hq, Title (Japanese)"
    })
    void findEditAndSeeTheChangeInTheHistory(String language, String errorSummary, String changedBy, String field) {
        String word = "桜" + UUID.randomUUID().toString().substring(0, 6);
        Long id = initiatives.create(anInitiative()
                .titled("ミシガン州" + word + "交流事業", "Michigan exchange " + word)
                .summarised("州政府との交流", "Exchange with the state")
                .inState("MI")
                .ledBy("CG-DTW")
                .by("demo-hq2")
                .build());

        signInAs("demo-hq", language);
        open("/initiatives");
        assertNoSeriousA11yViolations();
        find("#q").sendKeys(word);
        clickAndWait(".filters button[type=submit]");
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();
        screenshot("initiatives-list-" + language);

        clickAndWait("table a[href$='/initiatives/" + id + "']");
        assertThat(find("h1").getText()).contains(word);
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();

        clickAndWait("a[href$='/initiatives/" + id + "/edit']");
        assertNoSeriousA11yViolations();
        find("#titleJa").clear();
        find("#titleEn").clear();
        clickAndWait(".form-actions button[type=submit]");
        assertThat(pageText()).contains(errorSummary);
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();
        screenshot("initiatives-form-errors-" + language);

        find("#titleJa").sendKeys("ミシガン州" + word + "交流事業（改訂）");
        find("#titleEn").sendKeys("Michigan exchange " + word);
        clickAndWait(".form-actions button[type=submit]");

        assertThat(find("h1").getText()).contains(language.equals("ja") ? "（改訂）" : "Michigan exchange");
        String history = find("ol.history").getText();
        assertThat(history).contains(changedBy, field, "ミシガン州" + word + "交流事業（改訂）");
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('history').scrollIntoView()");
        screenshot("initiatives-detail-history-" + language);
    }
}
