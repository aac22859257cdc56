package org.grassroots.plan.core.initiative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.Audiences;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.InterestTiers;
import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.PriorityAreas;
import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.RegionalApproaches;
import org.grassroots.plan.core.reference.Sector;
import org.grassroots.plan.core.reference.Sectors;
import org.grassroots.plan.core.reference.UsState;
import org.grassroots.plan.core.reference.UsStates;
import org.grassroots.plan.core.shared.FieldViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the codes of {@link InitiativeDetails} into reference entities, collecting every unknown code. */
@Component
class InitiativeReferences {

    record Resolved(
            List<PriorityArea> priorityAreas,
            List<Sector> sectors,
            List<RegionalApproach> approaches,
            List<Audience> audiences,
            List<UsState> states,
            @Nullable InterestTier interestTier,
            @Nullable DiplomaticMission leadMission) {}

    private final PriorityAreas priorityAreas;
    private final Sectors sectors;
    private final RegionalApproaches approaches;
    private final Audiences audiences;
    private final UsStates states;
    private final InterestTiers tiers;
    private final DiplomaticMissions missions;

    InitiativeReferences(
            PriorityAreas priorityAreas,
            Sectors sectors,
            RegionalApproaches approaches,
            Audiences audiences,
            UsStates states,
            InterestTiers tiers,
            DiplomaticMissions missions) {
        this.priorityAreas = priorityAreas;
        this.sectors = sectors;
        this.approaches = approaches;
        this.audiences = audiences;
        this.states = states;
        this.tiers = tiers;
        this.missions = missions;
    }

    /** Resolves every code, or throws {@link InvalidInitiativeException} naming each field with unknown codes. */
    Resolved resolve(InitiativeDetails details) {
        List<FieldViolation> violations = new ArrayList<>();
        var areas = all(
                "priorityAreas",
                details.priorityAreaCodes(),
                priorityAreas::findAllById,
                PriorityArea::getCode,
                violations);
        if (areas.isEmpty() && !violations.stream().anyMatch(v -> v.field().equals("priorityAreas"))) {
            violations.add(new FieldViolation("priorityAreas", "initiative.error.priorityAreas.required", List.of()));
        }
        var notLeaves = areas.stream()
                .filter(area -> !area.isLeaf())
                .map(PriorityArea::getCode)
                .toList();
        if (!notLeaves.isEmpty()) {
            violations.add(new FieldViolation("priorityAreas", "initiative.error.priorityAreas.notLeaf", notLeaves));
        }
        var resolved = new Resolved(
                areas,
                all("sectors", details.sectorCodes(), sectors::findAllById, Sector::getCode, violations),
                all(
                        "regionalApproaches",
                        details.regionalApproachCodes(),
                        approaches::findAllById,
                        RegionalApproach::getCode,
                        violations),
                all("audiences", details.audienceCodes(), audiences::findAllById, Audience::getCode, violations),
                all("states", details.stateCodes(), states::findAllById, UsState::getCode, violations),
                one("interestTier", details.interestTierCode(), tiers::findById, violations),
                one("leadMission", details.leadMissionCode(), missions::findById, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInitiativeException(violations);
        }
        return resolved;
    }

    private static <T> List<T> all(
            String field,
            Collection<String> codes,
            Function<Iterable<String>, List<T>> finder,
            Function<T, String> codeOf,
            List<FieldViolation> violations) {
        var wanted = new LinkedHashSet<>(codes);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var found = finder.apply(wanted);
        found.stream().map(codeOf).toList().forEach(wanted::remove);
        if (!wanted.isEmpty()) {
            violations.add(new FieldViolation(field, "initiative.error.unknownCode", List.copyOf(wanted)));
        }
        return found;
    }

    private static <T> @Nullable T one(
            String field,
            @Nullable String code,
            Function<String, Optional<T>> finder,
            List<FieldViolation> violations) {
        if (code == null) {
            return null;
        }
        var found = finder.apply(code);
        if (found.isEmpty()) {
            violations.add(new FieldViolation(field, "initiative.error.unknownCode", List.of(code)));
        }
        return found.orElse(null);
    }
}
