package org.grassroots.plan.persistence.initiative;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A title in the reader's language, or in the other language when there is none, with the language it is in
 * ({@code lang} attribute) and whether it is the fallback (shown with a language marker).
 */
public record DisplayTitle(String text, String language, boolean fallback) {

    static DisplayTitle of(@Nullable String titleJa, @Nullable String titleEn, Locale locale) {
        boolean japanese = "ja".equals(locale.getLanguage());
        String preferred = japanese ? titleJa : titleEn;
        if (preferred != null && !preferred.isBlank()) {
            return new DisplayTitle(preferred, japanese ? "ja" : "en", false);
        }
        String other = japanese ? titleEn : titleJa;
        return new DisplayTitle(other == null ? "" : other, japanese ? "en" : "ja", true);
    }
}
