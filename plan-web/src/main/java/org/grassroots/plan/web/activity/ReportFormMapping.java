package org.grassroots.plan.web.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.core.activity.ReportContentResolver;
import org.grassroots.plan.persistence.activity.ReportEditValues;

/** Fills the report form with a report as it is stored, for editing. */
final class ReportFormMapping {

    private ReportFormMapping() {}

    /** The form with the stored values and an empty input for every press link not yet given. */
    static ReportForm of(ReportEditValues values) {
        var form = new ReportForm();
        form.setMissionCode(values.missionCode());
        form.setVersion(values.version());
        // A national report has no state; the form names that scope with the code US.
        form.setStateCode(values.stateCode() == null ? ReportContent.NATIONAL : values.stateCode());
        form.setCountyId(values.countyId());
        form.setCity(values.city());
        form.setActivityDate(values.activityDate());
        form.setActivityType(values.activityType());
        form.setPriorityAreaCodes(new LinkedHashSet<>(values.priorityAreaCodes()));
        form.setSectorCodes(new LinkedHashSet<>(values.sectorCodes()));
        form.setAudienceCode(values.audienceCode());
        form.setInterestTierCode(values.interestTierCode());
        form.setRegionalApproachCodes(new LinkedHashSet<>(values.regionalApproachCodes()));
        form.setParticipants(values.participants());
        form.setCounterpart(values.counterpart());
        form.setSummary(values.summary());
        form.setOutcome(values.outcome());
        form.setFollowUp(values.followUp());
        form.setLanguage(values.language().tag());
        form.setInitiativeId(values.initiativeId());
        var links = new ArrayList<>(values.links());
        while (links.size() < ReportContentResolver.MAX_LINKS) {
            links.add(null);
        }
        form.setLinks(links);
        return form;
    }
}
