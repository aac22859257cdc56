package org.grassroots.plan.core.jurisdiction;

import java.time.Clock;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators move a county, or a whole state, to another mission, or record a new source and confidence for
 * the mission that covers it. The same guard as the migrations applies:
 * every county of a split state and every state stays covered exactly once (checked by the database before the
 * change is kept). A change needs a source and a confidence and is logged with who and when.
 */
@Service
@Transactional
public class JurisdictionAdministration {

    private final JurisdictionChanges changes;
    private final Users users;
    private final Clock clock;

    JurisdictionAdministration(JurisdictionChanges changes, Users users, Clock clock) {
        this.changes = changes;
        this.users = users;
        this.clock = clock;
    }

    public void move(MoveJurisdiction command) {
        var actor =
                users.findById(command.actorId()).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled() || actor.getRole() != Role.ADMIN) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not change jurisdictions");
        }
        if (command.source() == null || command.source().isBlank()) {
            throw new InvalidJurisdictionChangeException("reference.error.sourceRequired", "no source");
        }
        if (command.confidence() == null || command.confidence().isBlank()) {
            throw new InvalidJurisdictionChangeException("reference.error.confidenceRequired", "no confidence");
        }
        var from = changes.currentMission(command.stateCode(), command.countyId())
                .orElseThrow(() -> new InvalidJurisdictionChangeException(
                        "reference.error.coverage", "nothing to move in " + command.stateCode()));
        if (from.equals(command.toMission())) {
            var sourcing = new JurisdictionChanges.Sourcing(
                    command.source().strip(), command.confidence().strip());
            if (changes.currentSourcing(command.stateCode(), command.countyId(), from)
                    .filter(sourcing::equals)
                    .isPresent()) {
                throw new InvalidJurisdictionChangeException("reference.error.sameMission", "already " + from);
            }
        }
        try {
            changes.move(
                    command.stateCode(),
                    command.countyId(),
                    from,
                    command.toMission(),
                    command.source().strip(),
                    command.confidence().strip(),
                    command.actorId(),
                    clock.instant());
        } catch (JurisdictionChanges.CoverageException e) {
            throw new InvalidJurisdictionChangeException("reference.error.coverage", e.getMessage());
        }
    }
}
