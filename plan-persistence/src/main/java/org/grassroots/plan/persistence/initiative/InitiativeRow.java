package org.grassroots.plan.persistence.initiative;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/** One line of the initiative list. */
public record InitiativeRow(
        long id,
        @Nullable String titleJa,
        @Nullable String titleEn,
        InitiativeStatus status,
        int fiscalYear,
        @Nullable CodeLabel leadMission,
        List<CodeLabel> priorityAreas,
        List<CodeLabel> states,
        boolean nationwide,
        Instant updatedAt,
        boolean jaTranslationStale,
        boolean enTranslationStale,
        boolean archived) {

    public DisplayTitle title(Locale locale) {
        return DisplayTitle.of(titleJa, titleEn, locale);
    }
}
