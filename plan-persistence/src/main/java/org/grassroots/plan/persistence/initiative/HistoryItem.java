package org.grassroots.plan.persistence.initiative;

import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/**
 * One value in the change history: a text in both languages and/or a message key (for statuses, yes/no and
 * partner kinds), which the page resolves in the reader's language.
 */
public record HistoryItem(
        String labelJa, String labelEn, @Nullable String messageKey) implements Localized {

    static HistoryItem text(String text) {
        return new HistoryItem(text, text, null);
    }

    static HistoryItem key(String messageKey) {
        return new HistoryItem("", "", messageKey);
    }

    public boolean hasText() {
        return !labelJa.isEmpty() || !labelEn.isEmpty();
    }
}
