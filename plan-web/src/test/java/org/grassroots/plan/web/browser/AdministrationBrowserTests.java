package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.grassroots.plan.web.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator creates a mission reporter in each language; the reporter signs in with the one-time password
 * and is made to choose their own. axe checks every page on the way, including the pages with field errors.
 */
class AdministrationBrowserTests extends BrowserTestSupport {

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "ja, 利用者管理, 在外公館報告者には在外公館を選択してください。, セキュリティ監査ログ, 仮パスワードでログインしています",
        "en, Users, Choose the mission this reporter reports for., Security audit log, You signed in with a one-time password"
    })
    void anAdministratorCreatesAReporterWhoThenChoosesTheirPassword(
            String language, String usersTitle, String missionError, String auditTitle, String mustChange) {
        signInAs("demo-admin", language);
        open("/admin/users");
        assertThat(find("h1").getText()).isEqualTo(usersTitle);
        assertPageIsClean();

        open("/admin/users/new");
        assertPageIsClean();
        String username = TestUsers.unique("browser-" + language);
        find("#username").sendKeys(username);
        find("#displayName").sendKeys("Browser Reporter " + language);
        find("#email").sendKeys(username + "@example.org");
        new Select(find("#role")).selectByValue("MISSION_REPORTER");
        clickAndWait("form[action$='/admin/users'] button[type=submit]");
        assertThat(pageText()).contains(missionError);
        assertPageIsClean();

        new Select(find("#missionCode")).selectByValue("CG-CHI");
        clickAndWait("form[action$='/admin/users'] button[type=submit]");
        String oneTimePassword = find(".one-time-password").getText();
        assertThat(oneTimePassword).hasSize(16);
        assertPageIsClean();
        screenshot("admin-user-created-" + language);

        open("/admin/audit?user=" + username);
        assertThat(find("h1").getText()).isEqualTo(auditTitle);
        assertThat(find("tbody").getText()).contains(username);
        assertPageIsClean();

        driver().manage().deleteAllCookies();
        open("/login?lang=" + language);
        find("#username").sendKeys(username);
        find("#password").sendKeys(oneTimePassword);
        clickAndWait("form[action$='/login'] button[type=submit]");
        assertThat(driver().getCurrentUrl()).endsWith("/account/password");
        assertThat(pageText()).contains(mustChange);
        assertPageIsClean();

        find("#currentPassword").sendKeys(oneTimePassword);
        find("#newPassword").sendKeys("my-own-password-" + language);
        find("#confirmPassword").sendKeys("my-own-password-" + language);
        clickAndWait("form[action$='/account/password'] button[type=submit]");
        assertThat(driver().getCurrentUrl()).endsWith("/");
        assertPageIsClean();
    }

    private void assertPageIsClean() {
        assertNoMissingMessages();
        assertNoSeriousA11yViolations();
    }
}
