package org.grassroots.plan.core.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases that change initiatives: create, update (with an optimistic version check), archive and restore.
 * Each change is recorded in the Envers history under the acting editor's username.
 */
@Service
@Transactional
public class InitiativeManagement {

    private final Initiatives initiatives;
    private final InitiativeReferences references;
    private final Clock clock;

    InitiativeManagement(Initiatives initiatives, InitiativeReferences references, ObjectProvider<Clock> clock) {
        this.initiatives = initiatives;
        this.references = references;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates the initiative and returns its id; a command whose submission token already made an initiative
     * changes nothing and returns that initiative's id.
     */
    public Long create(CreateInitiative command) {
        if (command.submissionToken() != null) {
            var existing = initiatives.findBySubmissionToken(command.submissionToken());
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        RevisionAuthor.actAs(command.editor());
        var details = command.details();
        var resolved = references.resolve(details);
        var initiative = new Initiative(
                details.titleJa(),
                details.titleEn(),
                FiscalYear.of(details.fiscalYear()),
                command.editor(),
                clock.instant());
        initiative.describe(details.summaryJa(), details.summaryEn());
        apply(initiative, details, resolved);
        if (command.submissionToken() != null) {
            initiative.useSubmissionToken(command.submissionToken());
        }
        return initiatives.save(initiative).getId();
    }

    /** The initiative a form with this token created, if any (after two copies of the form raced). */
    @Transactional(readOnly = true)
    public Optional<Long> createdBy(UUID submissionToken) {
        return initiatives.findBySubmissionToken(submissionToken).map(Initiative::getId);
    }

    /**
     * Applies the editor's details when the initiative is still at the version they loaded; otherwise throws
     * {@link InitiativeChangedException} and changes nothing. Archived initiatives are not edited.
     */
    public void update(UpdateInitiative command) {
        var initiative = load(command.id());
        if (initiative.isArchived()) {
            throw new InitiativeArchivedException(command.id());
        }
        if (initiative.getVersion() != command.version()) {
            throw new InitiativeChangedException(command.id());
        }
        RevisionAuthor.actAs(command.editor());
        var details = command.details();
        var resolved = references.resolve(details);
        initiative.rewrite(
                details.titleJa(),
                details.titleEn(),
                details.summaryJa(),
                details.summaryEn(),
                command.translationConfirmed());
        apply(initiative, details, resolved);
        initiative.touch(command.editor(), clock.instant());
    }

    /**
     * Applies a whole import in one transaction: every creation and update, or — when any of them fails (an
     * unknown code, a version changed meanwhile) — none of them.
     */
    public void importAll(List<CreateInitiative> creations, List<UpdateInitiative> updates) {
        creations.forEach(this::create);
        updates.forEach(this::update);
    }

    public void archive(Long id, String editor) {
        RevisionAuthor.actAs(editor);
        var initiative = load(id);
        initiative.archive();
        initiative.touch(editor, clock.instant());
    }

    public void restore(Long id, String editor) {
        RevisionAuthor.actAs(editor);
        var initiative = load(id);
        initiative.restore();
        initiative.touch(editor, clock.instant());
    }

    private Initiative load(Long id) {
        return initiatives.findById(id).orElseThrow(() -> new InitiativeNotFoundException(id));
    }

    private static void apply(Initiative initiative, InitiativeDetails details, InitiativeReferences.Resolved refs) {
        initiative.schedule(details.startDate(), details.endDate(), FiscalYear.of(details.fiscalYear()));
        initiative.changeStatus(details.status());
        initiative.classify(
                refs.priorityAreas(), refs.sectors(), refs.approaches(), refs.interestTier(), refs.audiences());
        initiative.locate(details.nationwide(), refs.states());
        initiative.assignLead(refs.leadMission(), initiative.getOwner());
        if (details.partners() != null) {
            initiative.replacePartners(details.partners());
        }
        if (details.targets() != null) {
            initiative.replaceTargets(details.targets());
        }
    }
}
