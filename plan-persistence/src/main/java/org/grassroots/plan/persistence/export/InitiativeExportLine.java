package org.grassroots.plan.persistence.export;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/** One initiative with its targets (indicator, unit, target and actual), as the exports write it. */
public record InitiativeExportLine(
        long id,
        @Nullable String titleJa,
        @Nullable String titleEn,
        InitiativeStatus status,
        int fiscalYear,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable CodeLabel leadMission,
        List<CodeLabel> priorityAreas,
        List<CodeLabel> states,
        List<TargetFigures> targets,
        long acceptedReports) {

    public String title(boolean japanese) {
        String preferred = japanese ? titleJa : titleEn;
        String other = japanese ? titleEn : titleJa;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }
}
