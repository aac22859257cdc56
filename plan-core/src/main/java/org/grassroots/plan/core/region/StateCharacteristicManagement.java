package org.grassroots.plan.core.region;

import java.time.Clock;
import java.util.ArrayList;
import org.grassroots.plan.core.activity.ReportAccess;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.reference.RegionalApproaches;
import org.grassroots.plan.core.reference.UsStates;
import org.grassroots.plan.core.region.InvalidCharacteristicsException.Violation;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a state's regional characteristics. Only HQ editors and administrators may; a characteristic that applies
 * needs a note and a source (the plan's "tailor-made approach per region" must say why), and nothing is saved if
 * any row is wrong. Every change lands in the history with who and when.
 */
@Service
@Transactional
public class StateCharacteristicManagement {

    static final int NOTE_MAX = 2000;
    static final int SOURCE_MAX = 1000;

    private final StateCharacteristicStore store;
    private final UsStates states;
    private final RegionalApproaches approaches;
    private final Users users;
    private final Clock clock;

    StateCharacteristicManagement(
            StateCharacteristicStore store, UsStates states, RegionalApproaches approaches, Users users, Clock clock) {
        this.store = store;
        this.states = states;
        this.approaches = approaches;
        this.users = users;
        this.clock = clock;
    }

    /** Saves the characteristics; returns how many changed. */
    public int set(SetStateCharacteristics command) {
        var actor =
                users.findById(command.actorId()).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled() || !ReportAccess.mayReview(actor.getRole())) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not set state characteristics");
        }
        if (states.findById(command.stateCode()).isEmpty()) {
            throw new StateNotFoundException(command.stateCode());
        }
        var violations = new ArrayList<Violation>();
        for (int i = 0; i < command.characteristics().size(); i++) {
            var row = command.characteristics().get(i);
            String prefix = "rows[" + i + "].";
            if (approaches.findById(row.approachCode()).isEmpty()) {
                violations.add(new Violation(prefix + "approachCode", "reference.error.unknownCode"));
            }
            if (row.applies() && isBlank(row.note())) {
                violations.add(new Violation(prefix + "note", "reference.error.noteRequired"));
            }
            if (row.applies() && isBlank(row.source())) {
                violations.add(new Violation(prefix + "source", "reference.error.sourceRequired"));
            }
            if (row.note() != null && row.note().length() > NOTE_MAX) {
                violations.add(new Violation(prefix + "note", "reference.error.tooLong"));
            }
            if (row.source() != null && row.source().length() > SOURCE_MAX) {
                violations.add(new Violation(prefix + "source", "reference.error.tooLong"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCharacteristicsException(violations);
        }
        var now = clock.instant();
        int changed = 0;
        for (var row : command.characteristics()) {
            if (store.save(
                    command.stateCode(),
                    row.approachCode(),
                    row.applies(),
                    trimmed(row.note()),
                    trimmed(row.source()),
                    command.actorId(),
                    now)) {
                changed++;
            }
        }
        return changed;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return isBlank(text) ? null : text.strip();
    }
}
