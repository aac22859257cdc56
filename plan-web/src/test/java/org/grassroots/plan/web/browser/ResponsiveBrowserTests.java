package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page type, on a 390 px phone and a 1366 px desktop, in both languages: the page never scrolls sideways
 * (document width ≤ viewport) and axe finds no serious or critical violation. One sign-in per language and role.
 */
class ResponsiveBrowserTests extends BrowserTestSupport {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1366, 900);

    /** Pages whose desktop screenshot in English the user guide shows (docs/images/admin). */
    static final java.util.Map<String, String> GUIDE_PAGES = java.util.Map.of(
            "/exports/jobs/new?fy=2026&lang=en", "guide-export-background",
            "/admin/reference/sectors", "guide-reference-sectors",
            "/admin/reference/states/TN/figures", "guide-state-figures");

    @AfterEach
    void desktopAgain() {
        driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest(name = "every administrator page in {0}")
    @ValueSource(strings = {"ja", "en"})
    void everyPageFitsAPhoneAndADesktopWithoutSeriousAxeFindings(String language) {
        open("/login?lang=" + language);
        checkBothWidths("login", language);

        signInAs("demo-admin", language);
        var pages = new ArrayList<>(List.of(
                "/",
                "/initiatives",
                "/initiatives/new",
                "/initiatives/import",
                "/reports",
                "/reports/new",
                "/reports/new?mission=CG-CHI",
                "/reports/review",
                "/reports/calendar",
                "/reports/import",
                "/admin/users",
                "/admin/users/new",
                "/admin/audit",
                "/admin/tokens",
                "/admin/tokens/new",
                "/admin/reference/jurisdictions",
                "/reference/states",
                "/reference/states/ID",
                "/exports",
                "/exports/issued",
                "/exports/jobs",
                "/exports/jobs/new?fy=2026&lang=en",
                "/admin/reference/sectors",
                "/admin/reference/audiences/GENERAL_PUBLIC",
                "/admin/reference/states/TN/figures",
                "/account/password"));
        open("/initiatives");
        String initiative = firstLink("table a[href*='/initiatives/']");
        pages.add(initiative);
        pages.add(initiative + "/edit");
        open("/reports");
        pages.add(firstLink("table a[href*='/reports/']"));
        open("/admin/users");
        pages.add(firstLink("table a[href*='/admin/users/']"));
        for (String page : pages) {
            open(page);
            checkBothWidths(page, language);
        }
    }

    @ParameterizedTest(name = "a mission reporter''s pages in {0}")
    @ValueSource(strings = {"ja", "en"})
    void aMissionReportersPagesFitAPhone(String language) {
        signInAs("demo-chicago", language);
        for (String page : List.of("/reports/mine", "/reports/new")) {
            open(page);
            checkBothWidths(page, language);
        }
        open("/reports/mine");
        driver().manage().window().setSize(PHONE);
        screenshot("phone-reports-mine-" + language);
    }

    private void checkBothWidths(String page, String language) {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            driver().manage().window().setSize(size);
            long viewport = number("return document.documentElement.clientWidth");
            long document = number("return document.documentElement.scrollWidth");
            assertThat(document)
                    .as(
                            "%s in %s at %d px: document width %d, viewport %d; past the edge: %s",
                            page, language, size.width, document, viewport, widest())
                    .isLessThanOrEqualTo(viewport);
            assertNoSeriousA11yViolations();
        }
        assertNoMissingMessages();
        if (language.equals("en") && GUIDE_PAGES.containsKey(page)) {
            driver().manage().window().setSize(DESKTOP);
            screenshot(GUIDE_PAGES.get(page));
        }
        if (page.equals("/") || page.equals("/reports/new?mission=CG-CHI") || page.equals("/initiatives")) {
            driver().manage().window().setSize(PHONE);
            screenshot("phone-" + (page.equals("/") ? "home" : page.substring(1).replaceAll("[/?=]", "-")) + "-"
                    + language);
        }
    }

    private String firstLink(String cssSelector) {
        return findAtLeastOne(cssSelector).get(0).getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }

    /** The innermost elements that reach past the viewport's right edge, for the failure message. */
    private Object widest() {
        return ((JavascriptExecutor) driver()).executeScript("""
                        const edge = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')]
                            .filter(e => e.getBoundingClientRect().right > edge + 1)
                            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
                            .slice(0, 5)
                            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)
                                + 'px: ' + (e.textContent || '').trim().slice(0, 60));
                        """);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver()).executeScript(script)).longValue();
    }
}
