package org.grassroots.plan.persistence.initiative;

import org.jspecify.annotations.Nullable;

/**
 * What the initiative list is narrowed to; every criterion is optional and they combine with AND. {@code text}
 * is searched as substrings of the titles and summaries in both languages (each whitespace-separated word must
 * occur). {@code archived} lists the archived initiatives instead of the current ones.
 */
public record InitiativeFilter(
        @Nullable String text,
        @Nullable String priorityArea,
        @Nullable String sector,
        @Nullable String state,
        @Nullable String mission,
        @Nullable String regionalApproach,
        @Nullable String interestTier,
        @Nullable String audience,
        @Nullable String status,
        @Nullable Integer fiscalYear,
        boolean translationStale,
        boolean archived) {

    public static InitiativeFilter none() {
        return new InitiativeFilter(null, null, null, null, null, null, null, null, null, null, false, false);
    }
}
