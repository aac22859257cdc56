package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every dashboard page type at 1366 px and at 390 px, in both languages: axe finds no serious violation, no message
 * key is missing, and at 390 px the page does not scroll sideways (wide tables scroll inside their own box).
 * The English screenshots at 1366 px are the user guide's (docs/images/dashboard/).
 */
class DashboardBrowserTests extends BrowserTestSupport {

    private static final Path GUIDE_IMAGES = Path.of("..", "docs", "images", "dashboard");

    @ParameterizedTest(name = "HQ in {0}")
    @CsvSource({"ja", "en"})
    void everyDashboardIsAccessibleWideAndNarrow(String language) throws IOException {
        signInAs("demo-hq", language);
        String[][] pages = {
            {"national", "/"},
            {"state", "/states/OH"},
            {"area", "/areas/ENERGY"},
            {"coverage", "/coverage?sort=total"},
            {"mission", "/missions/CG-CHI"},
        };
        for (String[] page : pages) {
            for (int width : new int[] {1366, 390}) {
                driver().manage().window().setSize(new Dimension(width, 900));
                open(page[1]);
                assertThat(pageLanguage()).isEqualTo(language);
                assertNoSeriousA11yViolations();
                assertNoMissingMessages();
                if (width == 390) {
                    assertNoSidewaysScroll();
                } else if ("en".equals(language)) {
                    guideImage(page[0]);
                }
            }
        }
    }

    @ParameterizedTest(name = "mission reporter in {0}")
    @CsvSource({"ja", "en"})
    void aReporterLandsOnTheMissionPage(String language) {
        driver().manage().window().setSize(new Dimension(390, 900));
        signInAs("demo-chicago", language);
        open("/");
        assertThat(find("h1").getText()).isIn("在シカゴ日本国総領事館", "Consulate-General of Japan in Chicago");
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();
        assertNoSidewaysScroll();
    }

    private void assertNoSidewaysScroll() {
        var js = (JavascriptExecutor) driver();
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) js.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue())
                .as("page width at 390 px on %s", driver().getCurrentUrl())
                .isLessThanOrEqualTo(viewport.intValue());
    }

    private void guideImage(String name) throws IOException {
        Path shot = screenshot("dashboard-" + name);
        if (Files.isDirectory(GUIDE_IMAGES.getParent())) {
            Files.createDirectories(GUIDE_IMAGES);
            Files.copy(shot, GUIDE_IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
