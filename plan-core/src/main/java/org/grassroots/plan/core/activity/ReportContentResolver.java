package org.grassroots.plan.core.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.plan.core.initiative.Initiative;
import org.grassroots.plan.core.initiative.Initiatives;
import org.grassroots.plan.core.reference.Audiences;
import org.grassroots.plan.core.reference.County;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.InterestTiers;
import org.grassroots.plan.core.reference.MissionJurisdiction;
import org.grassroots.plan.core.reference.MissionJurisdictions;
import org.grassroots.plan.core.reference.PriorityAreas;
import org.grassroots.plan.core.reference.RegionalApproaches;
import org.grassroots.plan.core.reference.Sectors;
import org.grassroots.plan.core.reference.UsState;
import org.grassroots.plan.core.reference.UsStates;
import org.grassroots.plan.core.shared.CodedReference;
import org.grassroots.plan.core.shared.FieldViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a report's content against the reference data and the mission's jurisdiction and resolves it to
 * entities. A state outside the mission's jurisdiction is an access violation; everything else is a field
 * violation, and all of them are reported together.
 */
@Component
public class ReportContentResolver {

    /** The first reportable date; the plan's first revision was adopted in 2017. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2017, 1, 1);

    /** "Today" is taken where it is latest among the missions' jurisdictions (Guam, the Marianas). */
    static final ZoneId LATEST_ZONE = ZoneId.of("Pacific/Guam");

    public static final int MAX_LINKS = 5;

    private final UsStates states;
    private final MissionJurisdictions jurisdictions;
    private final DiplomaticMissions missions;
    private final PriorityAreas areas;
    private final Sectors sectors;
    private final RegionalApproaches approaches;
    private final Audiences audiences;
    private final InterestTiers tiers;
    private final Initiatives initiatives;
    private final Clock clock;

    ReportContentResolver(
            UsStates states,
            MissionJurisdictions jurisdictions,
            DiplomaticMissions missions,
            PriorityAreas areas,
            Sectors sectors,
            RegionalApproaches approaches,
            Audiences audiences,
            InterestTiers tiers,
            Initiatives initiatives,
            ObjectProvider<Clock> clock) {
        this.states = states;
        this.jurisdictions = jurisdictions;
        this.missions = missions;
        this.areas = areas;
        this.sectors = sectors;
        this.approaches = approaches;
        this.audiences = audiences;
        this.tiers = tiers;
        this.initiatives = initiatives;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A report's state (none: national) and details, resolved and checked. */
    public record Resolved(@Nullable UsState state, ActivityDetails details) {}

    /** Resolves the content for the mission, or throws {@link InvalidReportException} listing every violation. */
    public Resolved resolve(String missionCode, ReportContent content) {
        var violations = new ArrayList<FieldViolation>();
        UsState state = null;
        County county = null;
        if (content.stateCode() == null) {
            violations.add(new FieldViolation("stateCode", "reports.error.required"));
        } else if (content.isNational()) {
            var mission = missions.findById(missionCode).orElse(null);
            if (mission == null || !mission.hasNationalScope()) {
                throw new ReportAccessDeniedException(missionCode + " does not file national reports");
            }
            if (content.countyId() != null) {
                violations.add(new FieldViolation("countyId", "reports.error.countyNotApplicable"));
            }
        } else {
            state = states.findById(content.stateCode()).orElse(null);
            if (state == null) {
                violations.add(new FieldViolation("stateCode", "reports.error.unknownCode"));
            } else {
                MissionJurisdiction jurisdiction = jurisdictions
                        .findByMissionCodeAndStateCode(missionCode, state.getCode())
                        .orElseThrow(() -> new ReportAccessDeniedException(
                                content.stateCode() + " is not in the jurisdiction of " + missionCode));
                county = county(jurisdiction, content.countyId(), violations);
            }
        }
        ReportContentChecks.checkDate(content.activityDate(), LocalDate.now(clock.withZone(LATEST_ZONE)), violations);
        if (content.activityType() == null) {
            violations.add(new FieldViolation("activityType", "reports.error.required"));
        }
        var priorityAreas =
                resolveAll(content.priorityAreaCodes(), areas::findAllById, "priorityAreaCodes", violations);
        if (content.priorityAreaCodes().isEmpty()) {
            violations.add(new FieldViolation("priorityAreaCodes", "reports.error.priorityAreaRequired"));
        } else if (priorityAreas.stream().anyMatch(area -> !area.isLeaf())) {
            violations.add(new FieldViolation("priorityAreaCodes", "reports.error.notLeafArea"));
        }
        var sectorSet = resolveAll(content.sectorCodes(), sectors::findAllById, "sectorCodes", violations);
        var approachSet = resolveAll(
                content.regionalApproachCodes(), approaches::findAllById, "regionalApproachCodes", violations);
        var audience = content.audienceCode() == null
                ? null
                : audiences.findById(content.audienceCode()).orElse(null);
        if (content.audienceCode() != null && audience == null) {
            violations.add(new FieldViolation("audienceCode", "reports.error.unknownCode"));
        }
        var tier = content.interestTierCode() == null
                ? null
                : tiers.findById(content.interestTierCode()).orElse(null);
        if (content.interestTierCode() != null && tier == null) {
            violations.add(new FieldViolation("interestTierCode", "reports.error.unknownCode"));
        }
        ReportContentChecks.checkWriting(content, violations);
        Initiative initiative = content.initiativeId() == null
                ? null
                : initiatives.findById(content.initiativeId()).orElse(null);
        if (content.initiativeId() != null && initiative == null) {
            violations.add(new FieldViolation("initiativeId", "reports.error.unknownInitiative"));
        }
        ReportContentChecks.checkLinks(content.links(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidReportException(violations);
        }
        var details = new ActivityDetails(
                county,
                content.city(),
                content.activityDate(),
                content.activityType(),
                audience,
                tier,
                content.participants(),
                content.counterpart(),
                content.summary(),
                content.outcome(),
                content.followUp(),
                content.language(),
                initiative,
                Set.copyOf(priorityAreas),
                Set.copyOf(sectorSet),
                Set.copyOf(approachSet),
                content.links());
        return new Resolved(state, details);
    }

    private static @Nullable County county(
            MissionJurisdiction jurisdiction, @Nullable Long countyId, List<FieldViolation> violations) {
        if (jurisdiction.isWholeState()) {
            if (countyId != null) {
                violations.add(new FieldViolation("countyId", "reports.error.countyNotApplicable"));
            }
            return null;
        }
        if (countyId == null) {
            violations.add(new FieldViolation("countyId", "reports.error.countyRequired"));
            return null;
        }
        var county = jurisdiction.getCounties().stream()
                .filter(candidate -> candidate.getId().equals(countyId))
                .findFirst()
                .orElse(null);
        if (county == null) {
            violations.add(new FieldViolation("countyId", "reports.error.countyOutsideJurisdiction"));
        }
        return county;
    }

    private static <T extends CodedReference> List<T> resolveAll(
            Set<String> codes,
            Function<Collection<String>, List<T>> finder,
            String field,
            List<FieldViolation> violations) {
        if (codes.isEmpty()) {
            return List.of();
        }
        var found = finder.apply(codes);
        var foundCodes = new HashSet<String>();
        found.forEach(value -> foundCodes.add(value.getCode()));
        if (!foundCodes.containsAll(codes)) {
            violations.add(new FieldViolation(field, "reports.error.unknownCode"));
        }
        return found;
    }
}
