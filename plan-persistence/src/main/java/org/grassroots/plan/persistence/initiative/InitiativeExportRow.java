package org.grassroots.plan.persistence.initiative;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/** An initiative as a spreadsheet line: every editable field, coded values as codes. */
public record InitiativeExportRow(
        long id,
        long version,
        @Nullable String titleJa,
        @Nullable String titleEn,
        @Nullable String summaryJa,
        @Nullable String summaryEn,
        InitiativeStatus status,
        int fiscalYear,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean nationwide,
        @Nullable String leadMission,
        @Nullable String interestTier,
        List<String> priorityAreas,
        List<String> sectors,
        List<String> regionalApproaches,
        List<String> audiences,
        List<String> states,
        boolean archived) {}
