package org.grassroots.plan.core.initiative;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records a new initiative on behalf of an editor (by username). A command with a submission token that already
 * made an initiative makes none: the form was sent twice.
 */
public record CreateInitiative(
        InitiativeDetails details, String editor, @Nullable UUID submissionToken) {

    /** A creation that is not repeated (an import line). */
    public CreateInitiative(InitiativeDetails details, String editor) {
        this(details, editor, null);
    }
}
