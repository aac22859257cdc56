package org.grassroots.plan.core.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators relabel sectors and audiences in both languages and deactivate or reactivate them. A deactivated
 * code is no longer offered for new choices; initiatives and reports that use it keep it. Each changed field is
 * recorded with who and when; a change made from an outdated page is refused.
 */
@Service
@Transactional
public class ReferenceLabelAdministration {

    static final int MAX_LABEL = 200;

    private final ReferenceLabels labels;
    private final Users users;
    private final Clock clock;

    ReferenceLabelAdministration(ReferenceLabels labels, Users users, Clock clock) {
        this.labels = labels;
        this.users = users;
        this.clock = clock;
    }

    /** Applies the change and returns whether anything changed. */
    public boolean change(ChangeReferenceLabels command) {
        var actor =
                users.findById(command.actorId()).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled() || actor.getRole() != Role.ADMIN) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not change reference data");
        }
        String ja = label(command.labelJa(), "labelJa");
        String en = label(command.labelEn(), "labelEn");
        var current = labels.find(command.kind(), command.code())
                .orElseThrow(() -> new InvalidReferenceChangeException(
                        "reference.error.unknownCode", command.kind() + " " + command.code()));
        if (current.version() != command.version()) {
            throw new InvalidReferenceChangeException("reference.error.stale", command.code());
        }
        if (current.labelJa().equals(ja) && current.labelEn().equals(en) && current.active() == command.active()) {
            return false;
        }
        if (!labels.update(
                command.kind(), new LabelledCode(current.code(), ja, en, command.active(), command.version()))) {
            throw new InvalidReferenceChangeException("reference.error.stale", command.code());
        }
        Instant now = clock.instant();
        record(command, "labelJa", current.labelJa(), ja, now);
        record(command, "labelEn", current.labelEn(), en, now);
        record(command, "active", Boolean.toString(current.active()), Boolean.toString(command.active()), now);
        return true;
    }

    private void record(ChangeReferenceLabels command, String field, String before, String after, Instant now) {
        if (!Objects.equals(before, after)) {
            labels.recordChange(command.kind(), command.code(), field, before, after, command.actorId(), now);
        }
    }

    private static String label(@Nullable String text, String field) {
        String label = text == null ? "" : text.strip();
        if (label.isEmpty()) {
            throw new InvalidReferenceChangeException("reference.error.labelRequired", field);
        }
        if (label.length() > MAX_LABEL) {
            throw new InvalidReferenceChangeException("reference.error.labelTooLong", field);
        }
        return label;
    }
}
