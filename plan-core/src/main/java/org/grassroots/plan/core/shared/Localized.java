package org.grassroots.plan.core.shared;

import java.util.Locale;

/** Something that has a Japanese and an English name; English is used for every language but Japanese. */
public interface Localized {

    String labelJa();

    String labelEn();

    default String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? labelJa() : labelEn();
    }
}
