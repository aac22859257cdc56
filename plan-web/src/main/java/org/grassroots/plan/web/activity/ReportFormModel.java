package org.grassroots.plan.web.activity;

import java.util.List;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.core.reference.UnknownMissionException;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportOption;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the report form's choices for a mission in the model: its states and counties and the classifications. */
@Component
class ReportFormModel {

    /** How many initiatives the form's picker offers. */
    static final int INITIATIVE_CHOICES = 500;

    /** The form's fields in page order, so the error summary lists problems in the order the form shows them. */
    static final List<String> FIELD_ORDER = List.of(
            "stateCode",
            "countyId",
            "city",
            "activityDate",
            "activityType",
            "priorityAreaCodes",
            "sectorCodes",
            "audienceCode",
            "interestTierCode",
            "regionalApproachCodes",
            "participants",
            "counterpart",
            "summary",
            "outcome",
            "followUp",
            "language",
            "initiativeId",
            "links",
            "missionCode",
            "submissionToken",
            "version");

    private final ReportFormOptions options;

    ReportFormModel(ReportFormOptions options) {
        this.options = options;
    }

    void populate(Model model, String missionCode) {
        var missions = options.missions();
        var mission = missions.stream()
                .filter(option -> option.code().equals(missionCode))
                .findFirst();
        model.addAttribute("mission", mission.orElseThrow(() -> new UnknownMissionException(missionCode)));
        var states = options.jurisdiction(missionCode);
        model.addAttribute("states", states);
        model.addAttribute("nationalScope", options.hasNationalScope(missionCode));
        model.addAttribute(
                "splitStates",
                states.stream().filter(state -> !state.wholeState()).toList());
        model.addAttribute("priorityAreas", options.leafPriorityAreas());
        model.addAttribute("sectors", options.sectors());
        model.addAttribute("regionalApproaches", options.regionalApproaches());
        model.addAttribute("audiences", options.audiences());
        model.addAttribute("interestTiers", options.interestTiers());
        model.addAttribute("initiatives", options.initiatives(INITIATIVE_CHOICES));
        model.addAttribute("activityTypes", ActivityType.values());
        model.addAttribute("languages", List.of("ja", "en"));
        model.addAttribute("fieldOrder", FIELD_ORDER);
    }

    /** Whether a state lies in the mission's jurisdiction (whole or in part). */
    /** A state of the mission's jurisdiction, or the national scope ({@code US}) for a mission that has it. */
    boolean inJurisdiction(String missionCode, String stateCode) {
        if (ReportContent.NATIONAL.equals(stateCode)) {
            return options.hasNationalScope(missionCode);
        }
        return options.jurisdiction(missionCode).stream()
                .anyMatch(state -> state.code().equals(stateCode));
    }

    List<ReportOption> missions() {
        return options.missions();
    }
}
