package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reporter files and submits a report, HQ returns it with a comment, the reporter corrects and resubmits, HQ
 * sees what changed and accepts; axe checks every page on the way. Screenshots feed the user guide.
 */
class ReportJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Test
    void fileReturnResubmitAccept() {
        var summary = "Seminar on semiconductor supply chains with Orange County businesses " + System.nanoTime();

        signInAs("demo-la", "en");
        open("/reports/new");
        checkPage("reports-form-empty");
        new Select(find("#stateCode")).selectByValue("CA");
        new Select(find("#countyId")).selectByVisibleText("Orange");
        find("#city").sendKeys("Irvine");
        setValue("#activityDate", LocalDate.now(clock).minusDays(2).toString());
        new Select(find("#activityType")).selectByValue("SEMINAR_EVENT");
        find("input[name=priorityAreaCodes][value=ECONOMIC_SECURITY]").click();
        find("input[name=sectorCodes][value=SEMICONDUCTORS]").click();
        find("#participants").sendKeys("35");
        find("#summary").sendKeys(summary);
        new Select(find("#language")).selectByValue("en");
        screenshot("reports-form-filled");
        clickAndWait("button[name=action][value=submit]");

        assertThat(pageText()).contains("The report was submitted to HQ.", "Submitted", summary);
        checkPage("reports-detail-submitted");
        String reportPath = driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        signOut();
        signInAs("demo-hq", "en");
        open("/reports/new");
        checkPage("reports-choose-mission");
        open("/reports/review?mission=CG-LAX");
        checkPage("reports-review-queue");
        open(reportPath);
        checkPage("reports-detail-review");
        find("#comment").sendKeys("Please add the name of the counterpart organisation.");
        clickAndWait("#return button[type=submit]");
        assertThat(pageText()).contains("The report was returned to the mission.", "Returned");
        checkPage("reports-detail-returned");

        signOut();
        signInAs("demo-la", "en");
        open("/reports/mine");
        assertThat(pageText()).contains("Returned to you", "Please add the name of the counterpart organisation.");
        checkPage("reports-mine");
        open(reportPath);
        clickAndWait("a[href$='/edit']");
        checkPage("reports-form-edit");
        find("#counterpart").sendKeys("Orange County Business Council");
        clickAndWait("button[name=action][value=submit]");
        assertThat(pageText()).contains("The report was submitted to HQ.", "Resubmitted");

        signOut();
        signInAs("demo-hq", "en");
        open(reportPath);
        assertThat(pageText())
                .contains(
                        "Changed since it was returned",
                        "Orange County Business Council",
                        "Please add the name of the counterpart organisation.");
        checkPage("reports-detail-changes");
        clickAndWait("form[action$='/accept'] button[type=submit]");
        assertThat(pageText()).contains("The report was accepted.", "Accepted");
        checkPage("reports-detail-accepted");

        open("/reports/calendar");
        checkPage("reports-calendar");
        open("/reports?mission=CG-LAX");
        checkPage("reports-list");
    }

    @Test
    void theFormExplainsErrorsInJapanese() {
        signInAs("demo-chicago", "ja");
        open("/reports/new");
        find("#participants").sendKeys("-3");
        clickAndWait("button[name=action][value=draft]");

        assertThat(pageText()).contains("入力内容に問題があります", "州を選んでください。", "概要を入力してください。", "0以上の整数を入力してください。");
        checkPage("reports-form-errors-ja");

        open("/reports/import");
        checkPage("reports-import-ja");
    }

    private void checkPage(String screenshotName) {
        assertNoMissingMessages();
        assertNoSeriousA11yViolations();
        screenshot(screenshotName);
    }

    private void setValue(String cssSelector, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(cssSelector), value);
    }

    private void signOut() {
        driver().manage().deleteAllCookies();
    }
}
