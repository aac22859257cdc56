package org.grassroots.plan.web.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.initiative.CreateInitiative;
import org.grassroots.plan.core.initiative.InitiativeDetails;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.core.initiative.Partner;
import org.grassroots.plan.core.initiative.PartnerKind;
import org.grassroots.plan.core.initiative.Target;
import org.grassroots.plan.core.initiative.UpdateInitiative;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView;
import org.grassroots.plan.persistence.initiative.InitiativeExportRow;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of an initiative: what the editor typed, kept as typed until it is valid. */
public class InitiativeForm {

    static final int BLANK_ROWS = 2;

    private @Nullable Long version;

    @Size(max = 300)
    private @Nullable String titleJa;

    @Size(max = 300)
    private @Nullable String titleEn;

    @Size(max = 4000)
    private @Nullable String summaryJa;

    @Size(max = 4000)
    private @Nullable String summaryEn;

    @NotNull
    private @Nullable InitiativeStatus status = InitiativeStatus.PLANNED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    @NotNull
    @Min(2000)
    @Max(2100)
    private @Nullable Integer fiscalYear;

    private boolean nationwide;
    private List<String> states = new ArrayList<>();
    private @Nullable String leadMission;

    @NotEmpty
    private List<String> priorityAreas = new ArrayList<>();

    private List<String> sectors = new ArrayList<>();
    private List<String> regionalApproaches = new ArrayList<>();
    private @Nullable String interestTier;
    private List<String> audiences = new ArrayList<>();

    @Valid
    private List<PartnerRow> partners = new ArrayList<>();

    @Valid
    private List<TargetRow> targets = new ArrayList<>();

    private boolean translationConfirmed;

    /** Set for spreadsheet rows, which carry no partners or targets: the stored ones are kept. */
    private boolean keepPartnersAndTargets;

    /** A partner line; both blank means no partner. */
    public static class PartnerRow {

        @Size(max = 300)
        private @Nullable String name;

        private @Nullable PartnerKind kind;

        boolean isBlank() {
            return name == null && kind == null;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable PartnerKind getKind() {
            return kind;
        }

        public void setKind(@Nullable PartnerKind kind) {
            this.kind = kind;
        }
    }

    /** A target line; all blank means no target. */
    public static class TargetRow {

        @Size(max = 300)
        private @Nullable String indicatorJa;

        @Size(max = 300)
        private @Nullable String indicatorEn;

        @Size(max = 50)
        private @Nullable String unit;

        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        private @Nullable BigDecimal targetValue;

        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        private @Nullable BigDecimal actualValue;

        boolean isBlank() {
            return indicatorJa == null
                    && indicatorEn == null
                    && unit == null
                    && targetValue == null
                    && actualValue == null;
        }

        public @Nullable String getIndicatorJa() {
            return indicatorJa;
        }

        public void setIndicatorJa(@Nullable String indicatorJa) {
            this.indicatorJa = indicatorJa;
        }

        public @Nullable String getIndicatorEn() {
            return indicatorEn;
        }

        public void setIndicatorEn(@Nullable String indicatorEn) {
            this.indicatorEn = indicatorEn;
        }

        public @Nullable String getUnit() {
            return unit;
        }

        public void setUnit(@Nullable String unit) {
            this.unit = unit;
        }

        public @Nullable BigDecimal getTargetValue() {
            return targetValue;
        }

        public void setTargetValue(@Nullable BigDecimal targetValue) {
            this.targetValue = targetValue;
        }

        public @Nullable BigDecimal getActualValue() {
            return actualValue;
        }

        public void setActualValue(@Nullable BigDecimal actualValue) {
            this.actualValue = actualValue;
        }
    }

    /** An empty form for the fiscal year that contains {@code today}. */
    static InitiativeForm blank(LocalDate today) {
        var form = new InitiativeForm();
        form.fiscalYear = FiscalYear.containing(today).year();
        form.padRows();
        return form;
    }

    /** The form filled with an initiative as it is stored now. */
    static InitiativeForm of(InitiativeDetailView view) {
        var form = new InitiativeForm();
        form.version = view.version();
        form.titleJa = view.titleJa();
        form.titleEn = view.titleEn();
        form.summaryJa = view.summaryJa();
        form.summaryEn = view.summaryEn();
        form.status = InitiativeStatus.valueOf(view.status());
        form.startDate = view.startDate();
        form.endDate = view.endDate();
        form.fiscalYear = view.fiscalYear();
        form.nationwide = view.nationwide();
        form.states = codes(view.states());
        form.leadMission =
                view.leadMission() == null ? null : view.leadMission().code();
        form.priorityAreas = codes(view.priorityAreas());
        form.sectors = codes(view.sectors());
        form.regionalApproaches = codes(view.regionalApproaches());
        form.interestTier =
                view.interestTier() == null ? null : view.interestTier().code();
        form.audiences = codes(view.audiences());
        for (var partner : view.partners()) {
            var row = new PartnerRow();
            row.name = partner.name();
            row.kind = PartnerKind.valueOf(partner.kind());
            form.partners.add(row);
        }
        for (var target : view.targets()) {
            var row = new TargetRow();
            row.indicatorJa = target.indicatorJa();
            row.indicatorEn = target.indicatorEn();
            row.unit = target.unit();
            row.targetValue = target.targetValue();
            row.actualValue = target.actualValue();
            form.targets.add(row);
        }
        form.padRows();
        return form;
    }

    /** The form filled from a spreadsheet line of the export (no partners or targets: they are kept as stored). */
    static InitiativeForm of(InitiativeExportRow row) {
        var form = new InitiativeForm();
        form.version = row.version();
        form.titleJa = row.titleJa();
        form.titleEn = row.titleEn();
        form.summaryJa = row.summaryJa();
        form.summaryEn = row.summaryEn();
        form.status = InitiativeStatus.valueOf(row.status());
        form.startDate = row.startDate();
        form.endDate = row.endDate();
        form.fiscalYear = row.fiscalYear();
        form.nationwide = row.nationwide();
        form.states = new ArrayList<>(row.states());
        form.leadMission = row.leadMission();
        form.priorityAreas = new ArrayList<>(row.priorityAreas());
        form.sectors = new ArrayList<>(row.sectors());
        form.regionalApproaches = new ArrayList<>(row.regionalApproaches());
        form.interestTier = row.interestTier();
        form.audiences = new ArrayList<>(row.audiences());
        form.keepPartnersAndTargets = true;
        return form;
    }

    static InitiativeForm forImport() {
        var form = new InitiativeForm();
        form.keepPartnersAndTargets = true;
        return form;
    }

    /** Keeps a few empty partner and target lines at the end so more can be added without JavaScript. */
    void padRows() {
        partners.removeIf(row -> row == null);
        targets.removeIf(row -> row == null);
        while (partners.stream().filter(PartnerRow::isBlank).count() < BLANK_ROWS) {
            partners.add(new PartnerRow());
        }
        while (targets.stream().filter(TargetRow::isBlank).count() < BLANK_ROWS) {
            targets.add(new TargetRow());
        }
    }

    CreateInitiative toCommand(String editor) {
        return new CreateInitiative(details(), editor);
    }

    UpdateInitiative toCommand(Long id, String editor) {
        return new UpdateInitiative(id, version == null ? -1 : version, details(), translationConfirmed, editor);
    }

    /** The details as entered; call only when the form is valid. */
    InitiativeDetails details() {
        return new InitiativeDetails(
                titleJa,
                titleEn,
                summaryJa,
                summaryEn,
                status,
                startDate,
                endDate,
                fiscalYear,
                nationwide,
                states,
                leadMission,
                priorityAreas,
                sectors,
                regionalApproaches,
                interestTier,
                audiences,
                keepPartnersAndTargets
                        ? null
                        : partners.stream()
                                .filter(row -> !row.isBlank())
                                .map(row -> new Partner(row.name, row.kind))
                                .toList(),
                keepPartnersAndTargets
                        ? null
                        : targets.stream()
                                .filter(row -> !row.isBlank())
                                .map(row -> new Target(
                                        row.indicatorJa, row.indicatorEn, row.unit, row.targetValue, row.actualValue))
                                .toList());
    }

    private static List<String> codes(List<CodeLabel> labels) {
        return new ArrayList<>(labels.stream().map(CodeLabel::code).toList());
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public @Nullable String getTitleJa() {
        return titleJa;
    }

    public void setTitleJa(@Nullable String titleJa) {
        this.titleJa = titleJa;
    }

    public @Nullable String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(@Nullable String titleEn) {
        this.titleEn = titleEn;
    }

    public @Nullable String getSummaryJa() {
        return summaryJa;
    }

    public void setSummaryJa(@Nullable String summaryJa) {
        this.summaryJa = summaryJa;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(@Nullable String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public @Nullable InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable InitiativeStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(@Nullable Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public boolean isNationwide() {
        return nationwide;
    }

    public void setNationwide(boolean nationwide) {
        this.nationwide = nationwide;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states;
    }

    public @Nullable String getLeadMission() {
        return leadMission;
    }

    public void setLeadMission(@Nullable String leadMission) {
        this.leadMission = leadMission;
    }

    public List<String> getPriorityAreas() {
        return priorityAreas;
    }

    public void setPriorityAreas(List<String> priorityAreas) {
        this.priorityAreas = priorityAreas;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getRegionalApproaches() {
        return regionalApproaches;
    }

    public void setRegionalApproaches(List<String> regionalApproaches) {
        this.regionalApproaches = regionalApproaches;
    }

    public @Nullable String getInterestTier() {
        return interestTier;
    }

    public void setInterestTier(@Nullable String interestTier) {
        this.interestTier = interestTier;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }

    public boolean isTranslationConfirmed() {
        return translationConfirmed;
    }

    public void setTranslationConfirmed(boolean translationConfirmed) {
        this.translationConfirmed = translationConfirmed;
    }
}
