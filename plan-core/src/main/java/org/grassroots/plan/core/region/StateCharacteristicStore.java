package org.grassroots.plan.core.region;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where state characteristics are kept; every change is also kept in their history. */
public interface StateCharacteristicStore {

    /**
     * Records the characteristic as given (a characteristic never set and not applying is not recorded); returns
     * whether anything changed.
     */
    boolean save(
            String stateCode,
            String approachCode,
            boolean applies,
            @Nullable String note,
            @Nullable String source,
            long actorId,
            Instant at);
}
