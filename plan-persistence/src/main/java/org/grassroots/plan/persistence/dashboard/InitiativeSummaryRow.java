package org.grassroots.plan.persistence.dashboard;

import java.util.List;
import java.util.Locale;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.jspecify.annotations.Nullable;

/** An initiative as a dashboard lists it, with its targets and actuals (empty where none are recorded). */
public record InitiativeSummaryRow(
        long id,
        @Nullable String titleJa,
        @Nullable String titleEn,
        InitiativeStatus status,
        int fiscalYear,
        List<TargetFigures> targets) {

    /** The title in the reader's language, or in the other one where it has none. */
    public String title(Locale locale) {
        var preferred = "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
        var other = "ja".equals(locale.getLanguage()) ? titleEn : titleJa;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }
}
