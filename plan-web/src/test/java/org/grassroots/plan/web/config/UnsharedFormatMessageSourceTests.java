package org.grassroots.plan.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Formatting with arguments never shares a MessageFormat between calls, and gives the same text as before. */
class UnsharedFormatMessageSourceTests {

    final UnsharedFormatMessageSource messages = messages();

    @Test
    void eachFormattingGetsItsOwnCopyOfTheCachedFormat() {
        var first = messages.resolveCode("reports.review.waiting", Locale.ENGLISH);
        var second = messages.resolveCode("reports.review.waiting", Locale.ENGLISH);
        assertThat(first).isNotNull().isNotSameAs(second);
        assertThat(first.toPattern()).isEqualTo(second.toPattern());
    }

    @Test
    void parallelFormattingGivesEveryCallerItsOwnText() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var calls = new ArrayList<Callable<String>>();
        for (int days = 0; days < 400; days++) {
            long waited = days;
            calls.add(() -> messages.getMessage("reports.review.waiting", new Object[] {waited}, Locale.JAPANESE));
        }
        var results = pool.invokeAll(calls);
        pool.shutdown();
        for (int days = 0; days < results.size(); days++) {
            assertThat(results.get(days).get()).isEqualTo(String.format("%,d日待ち", days));
        }
    }

    private static UnsharedFormatMessageSource messages() {
        var source = new UnsharedFormatMessageSource();
        source.setBasenames("i18n/messages", "i18n/ux");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
