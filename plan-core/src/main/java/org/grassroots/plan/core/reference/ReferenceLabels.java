package org.grassroots.plan.core.reference;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where the labels of sectors and audiences are kept, with the history of their changes. */
public interface ReferenceLabels {

    Optional<LabelledCode> find(ReferenceKind kind, String code);

    /** Stores the new labels and availability if the code is still at {@code version}; false when it is not. */
    boolean update(ReferenceKind kind, LabelledCode changed);

    void recordChange(
            ReferenceKind kind,
            String code,
            String field,
            @Nullable String before,
            @Nullable String after,
            long actorId,
            Instant changedAt);
}
