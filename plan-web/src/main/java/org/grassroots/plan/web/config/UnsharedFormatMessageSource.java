package org.grassroots.plan.web.config;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's messages, with one change to Spring's bundle source: each message with arguments is formatted on
 * a copy of the cached {@link MessageFormat}. Spring formats on the shared, cached instance while holding its
 * lock, so on a busy two-core machine every request formatting the same message (a list page names each row with
 * one) queued behind whichever thread held it; the benchmark showed list pages waiting seconds on that lock.
 */
class UnsharedFormatMessageSource extends ResourceBundleMessageSource {

    @Override
    protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        return shared == null ? null : (MessageFormat) shared.clone();
    }
}
