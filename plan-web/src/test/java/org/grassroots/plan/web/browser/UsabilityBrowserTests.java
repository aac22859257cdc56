package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The one form pattern after a failed submit (title prefix, focus on the summary, problems in form order), the
 * current page in the navigation, numbered pagination, and the lang attribute on text in the other language.
 */
class UsabilityBrowserTests extends BrowserTestSupport {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @ParameterizedTest(name = "a failed submit in {0}")
    @CsvSource({"ja, エラー：, 入力内容に問題があります", "en, 'Error: ', There is a problem"})
    void aFailedSubmitPrefixesTheTitleAndMovesFocusToTheSummaryInFormOrder(
            String language, String prefix, String heading) {
        signInAs("demo-chicago", language);
        open("/reports/new");
        assertThat(driver().getTitle()).doesNotStartWith(prefix);
        assertThat(find("#activityDate-hint").getText()).doesNotContain("YYYY");

        clickAndWait("button[name=action][value=submit]");

        assertThat(driver().getTitle()).startsWith(prefix);
        WebElement focused =
                (WebElement) ((JavascriptExecutor) driver()).executeScript("return document.activeElement");
        assertThat(focused.getAttribute("id")).isEqualTo("error-summary");
        assertThat(focused.getText()).contains(heading);
        List<String> targets = driver().findElements(By.cssSelector("#error-summary a")).stream()
                .map(link -> link.getAttribute("href").replaceFirst("^[^#]*#", ""))
                .toList();
        assertThat(targets)
                .containsSubsequence("stateCode", "activityDate", "activityType", "priorityAreaCodes", "summary");
        assertThat(find("#stateCode").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#stateCode").getAttribute("aria-describedby")).contains("stateCode-error");
        assertThat(find("#summary").getAttribute("aria-describedby")).isEqualTo("summary-hint summary-error");
        assertNoSeriousA11yViolations();
        screenshot("reports-form-errors-" + language);

        find("#error-summary a[href='#summary']").click();
        WebElement field = (WebElement) ((JavascriptExecutor) driver()).executeScript("return document.activeElement");
        assertThat(field.getAttribute("id")).isEqualTo("summary");
    }

    @Test
    void theNavigationMarksTheCurrentPageAndListsPageByNumber() {
        signInAs("demo-admin", "en");
        open("/reports");
        var current = driver().findElements(By.cssSelector(".site-nav a[aria-current='page']"));
        assertThat(current).hasSize(1);
        assertThat(current.get(0).getText()).isEqualTo(find("h1").getText()).isEqualTo("Activity reports");

        assertThat(find(".pagination [aria-current='page']").getText()).isEqualTo("1");
        List<String> labels = driver().findElements(By.cssSelector(".pagination a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(labels).contains("2", "Next").anyMatch(label -> label.startsWith("Last ("));
        assertThat(labels).doesNotContain("First", "Previous");

        clickAndWait(".pagination a[rel='next']");
        assertThat(find(".pagination [aria-current='page']").getText()).isEqualTo("2");
        List<String> after = driver().findElements(By.cssSelector(".pagination a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(after).contains("First", "Previous", "1", "3");
        assertNoSeriousA11yViolations();

        open("/reports/review");
        assertThat(find(".site-nav a[aria-current='page']").getText())
                .isEqualTo(find("h1").getText());
        assertThat(pageText()).containsPattern("waiting \\d+ days?");
    }

    @Test
    void textInTheOtherLanguageCarriesItsLangAttribute() {
        signInAs("demo-viewer", "en");
        open("/initiatives");
        var titles = findAtLeastOne("a[href*='/initiatives/'][lang]");
        for (WebElement title : titles) {
            boolean japanese = JAPANESE.matcher(title.getText()).find();
            boolean latin = title.getText().matches("(?s).*[A-Za-z].*");
            if (japanese == latin) {
                continue; // a title written in both scripts (other tests make such) may carry either language
            }
            assertThat(title.getAttribute("lang"))
                    .as("lang of \"%s\"", title.getText())
                    .isEqualTo(japanese ? "ja" : "en");
        }
        open(titles.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertThat(driver().findElements(By.cssSelector(".card[lang='ja']"))).hasSize(1);
        assertThat(pageLanguage()).isEqualTo("en");
    }
}
