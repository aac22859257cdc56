package org.grassroots.plan.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.grassroots.plan.web.config.LocaleConfiguration;

/**
 * The language of an API answer: the client's {@code Accept-Language} (Japanese or English), Japanese when it
 * names neither. The portal's cookie does not apply: API clients have none.
 */
public final class ApiLocale {

    private ApiLocale() {}

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            var ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, LocaleConfiguration.SUPPORTED);
            return best == null ? Locale.JAPANESE : best;
        } catch (IllegalArgumentException e) {
            return Locale.JAPANESE;
        }
    }
}
