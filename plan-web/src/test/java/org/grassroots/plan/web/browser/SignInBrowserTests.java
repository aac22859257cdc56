package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo user signs in, in each language, and sees the shell of their role; axe checks every page. */
class SignInBrowserTests extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "demo-admin, ja, 管理者, 利用者管理",
        "demo-admin, en, Administrator, Users",
        "demo-hq, ja, 本省担当, 審査待ち一覧",
        "demo-hq, en, HQ editor, Review queue",
        "demo-chicago, ja, 在外公館報告者, 自公館",
        "demo-chicago, en, Mission reporter, My mission",
        "demo-la, en, Mission reporter, My mission",
        "demo-viewer, ja, 閲覧者, 活動報告",
        "demo-viewer, en, Viewer, Activity reports"
    })
    void signsInAndSeesTheShellOfTheRole(String username, String language, String roleLabel, String navItem) {
        open("/login?lang=" + language);
        assertThat(pageLanguage()).isEqualTo(language);
        assertNoMissingMessages();
        assertNoSeriousA11yViolations();

        signInAs(username, language);

        assertThat(pageLanguage()).isEqualTo(language);
        assertThat(pageText()).contains(roleLabel, navItem);
        assertNoMissingMessages();
        assertNoSeriousA11yViolations();
        screenshot("home-" + username + "-" + language);
    }

    @ParameterizedTest(name = "switching to {1} keeps the page")
    @CsvSource({"ja, en, National overview", "en, ja, 全国の概況"})
    void languageSwitchSticksAcrossPages(String from, String to, String homeTitle) {
        signInAs("demo-viewer", from);

        clickAndWait("a[hreflang='" + to + "']");
        assertThat(pageLanguage()).isEqualTo(to);
        open("/");

        assertThat(pageLanguage()).isEqualTo(to);
        assertThat(find("h1").getText()).isEqualTo(homeTitle);
    }

    @ParameterizedTest(name = "wrong password in {0}")
    @CsvSource({"ja, ユーザー名またはパスワードが正しくない", "en, The user name or password is not correct"})
    void aWrongPasswordShowsAGenericMessage(String language, String message) {
        open("/login?lang=" + language);
        find("#username").sendKeys("demo-viewer");
        find("#password").sendKeys("not-the-password");
        clickAndWait("form[action$='/login'] button[type=submit]");

        assertThat(pageText()).contains(message);
        assertNoSeriousA11yViolations();
    }
}
