package org.grassroots.plan.core.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The two languages of the portal and of what users write. Shown, stored and sent as the language tag ("ja", "en"),
 * so {@code th:lang="${report.language}"} and message keys ending in the tag work as they read.
 */
public enum Language {
    JA("ja", Locale.JAPANESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language of a tag as stored ({@code ja} or {@code en}). */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Not a language of the portal: " + tag);
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return tag;
    }
}
