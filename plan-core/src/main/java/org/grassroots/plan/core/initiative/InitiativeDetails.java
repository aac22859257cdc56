package org.grassroots.plan.core.initiative;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an editor sets on an initiative, with reference data named by code. Shared by {@link CreateInitiative}
 * and {@link UpdateInitiative}; {@link InitiativeManagement} resolves the codes and rejects unknown ones. Null
 * partners or targets keep the initiative's current ones (a spreadsheet import does not carry them).
 */
public record InitiativeDetails(
        @Nullable String titleJa,
        @Nullable String titleEn,
        @Nullable String summaryJa,
        @Nullable String summaryEn,
        InitiativeStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        int fiscalYear,
        boolean nationwide,
        List<String> stateCodes,
        @Nullable String leadMissionCode,
        List<String> priorityAreaCodes,
        List<String> sectorCodes,
        List<String> regionalApproachCodes,
        @Nullable String interestTierCode,
        List<String> audienceCodes,
        @Nullable List<Partner> partners,
        @Nullable List<Target> targets) {

    public InitiativeDetails {
        stateCodes = List.copyOf(stateCodes);
        priorityAreaCodes = List.copyOf(priorityAreaCodes);
        sectorCodes = List.copyOf(sectorCodes);
        regionalApproachCodes = List.copyOf(regionalApproachCodes);
        audienceCodes = List.copyOf(audienceCodes);
        partners = partners == null ? null : List.copyOf(partners);
        targets = targets == null ? null : List.copyOf(targets);
    }
}
