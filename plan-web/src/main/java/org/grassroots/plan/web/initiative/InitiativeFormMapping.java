package org.grassroots.plan.web.initiative;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView;
import org.grassroots.plan.persistence.initiative.InitiativeExportRow;
import org.grassroots.plan.persistence.shared.CodeLabel;

/** Fills the initiative form from what is stored: the detail view for editing, a spreadsheet line for imports. */
final class InitiativeFormMapping {

    private InitiativeFormMapping() {}

    /** The form filled with an initiative as it is stored now. */
    static InitiativeForm of(InitiativeDetailView view) {
        var form = new InitiativeForm();
        form.setVersion(view.version());
        form.setTitleJa(view.titleJa());
        form.setTitleEn(view.titleEn());
        form.setSummaryJa(view.summaryJa());
        form.setSummaryEn(view.summaryEn());
        form.setStatus(view.status());
        form.setStartDate(view.startDate());
        form.setEndDate(view.endDate());
        form.setFiscalYear(view.fiscalYear());
        form.setNationwide(view.nationwide());
        form.setStates(codes(view.states()));
        form.setLeadMission(
                view.leadMission() == null ? null : view.leadMission().code());
        form.setPriorityAreas(codes(view.priorityAreas()));
        form.setSectors(codes(view.sectors()));
        form.setRegionalApproaches(codes(view.regionalApproaches()));
        form.setInterestTier(
                view.interestTier() == null ? null : view.interestTier().code());
        form.setAudiences(codes(view.audiences()));
        view.partners().forEach(partner -> form.getPartners().add(PartnerRow.of(partner)));
        view.targets().forEach(target -> form.getTargets().add(TargetRow.of(target)));
        form.padRows();
        return form;
    }

    /** The form filled from a spreadsheet line of the export (no partners or targets: they are kept as stored). */
    static InitiativeForm of(InitiativeExportRow row) {
        var form = InitiativeForm.forImport();
        form.setVersion(row.version());
        form.setTitleJa(row.titleJa());
        form.setTitleEn(row.titleEn());
        form.setSummaryJa(row.summaryJa());
        form.setSummaryEn(row.summaryEn());
        form.setStatus(row.status());
        form.setStartDate(row.startDate());
        form.setEndDate(row.endDate());
        form.setFiscalYear(row.fiscalYear());
        form.setNationwide(row.nationwide());
        form.setStates(new ArrayList<>(row.states()));
        form.setLeadMission(row.leadMission());
        form.setPriorityAreas(new ArrayList<>(row.priorityAreas()));
        form.setSectors(new ArrayList<>(row.sectors()));
        form.setRegionalApproaches(new ArrayList<>(row.regionalApproaches()));
        form.setInterestTier(row.interestTier());
        form.setAudiences(new ArrayList<>(row.audiences()));
        return form;
    }

    private static List<String> codes(List<CodeLabel> labels) {
        return new ArrayList<>(labels.stream().map(CodeLabel::code).toList());
    }
}
