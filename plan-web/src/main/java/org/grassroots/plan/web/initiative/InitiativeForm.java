package org.grassroots.plan.web.initiative;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.initiative.CreateInitiative;
import org.grassroots.plan.core.initiative.InitiativeDetails;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.core.initiative.UpdateInitiative;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of an initiative: what the editor typed, kept as typed until it is valid. */
public class InitiativeForm extends InitiativeFormRows {

    /** The form's fields top to bottom: the error summary lists problems in this order. */
    static final List<String> FIELD_ORDER = List.of(
            "titleJa",
            "titleEn",
            "summaryJa",
            "summaryEn",
            "translationConfirmed",
            "status",
            "fiscalYear",
            "startDate",
            "endDate",
            "priorityAreas",
            "sectors",
            "regionalApproaches",
            "audiences",
            "interestTier",
            "leadMission",
            "nationwide",
            "states",
            "partners",
            "targets",
            "version");

    private @Nullable Long version;

    /** Identifies this copy of the form, so that sending it twice creates one initiative. */
    private UUID submissionToken = UUID.randomUUID();

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

    private boolean translationConfirmed;

    /** An empty form for a new initiative in the fiscal year of today. */
    static InitiativeForm blank(LocalDate today) {
        var form = new InitiativeForm();
        form.fiscalYear = FiscalYear.containing(today).year();
        form.padRows();
        return form;
    }

    /** A form for a spreadsheet line: a line carries no partners or targets, so the stored ones are kept. */
    static InitiativeForm forImport() {
        var form = new InitiativeForm();
        form.keepStoredPartnersAndTargets();
        return form;
    }

    /** A form for a new initiative's spreadsheet line, proposing the fiscal year of today like the new form. */
    static InitiativeForm forImport(LocalDate today) {
        var form = forImport();
        form.fiscalYear = FiscalYear.containing(today).year();
        return form;
    }

    CreateInitiative toCommand(String editor) {
        return new CreateInitiative(details(), editor, submissionToken);
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
                isNationwide(),
                getStates(),
                getLeadMission(),
                getPriorityAreas(),
                getSectors(),
                getRegionalApproaches(),
                getInterestTier(),
                getAudiences(),
                enteredPartners(),
                enteredTargets());
    }

    public UUID getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(@Nullable UUID submissionToken) {
        this.submissionToken = submissionToken == null ? UUID.randomUUID() : submissionToken;
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

    public boolean isTranslationConfirmed() {
        return translationConfirmed;
    }

    public void setTranslationConfirmed(boolean translationConfirmed) {
        this.translationConfirmed = translationConfirmed;
    }
}
