package org.grassroots.plan.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker itself, offline: it passes a valid page and finds the two faults the portal's pages had. */
class HtmlCheckerTests {

    private static HtmlChecker checker;

    @BeforeAll
    static void load() throws Exception {
        checker = new HtmlChecker();
    }

    @Test
    void aValidPageHasNoErrors() throws Exception {
        assertThat(checker.errors(page("<p><time datetime=\"2026-12-02T04:00:00Z\">2026年12月2日</time></p>")))
                .isEmpty();
    }

    @Test
    void aBodyInsideASectionIsAnError() throws Exception {
        assertThat(checker.errors(page("<section><body><p>x</p></body></section>")))
                .isNotEmpty();
    }

    @Test
    void microsecondsInADatetimeAreAnError() throws Exception {
        assertThat(checker.errors(page("<p><time datetime=\"2026-12-02T13:00:00.123456+09:00\">x</time></p>")))
                .isNotEmpty();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>t</title></head><body>" + body
                + "</body></html>";
    }
}
