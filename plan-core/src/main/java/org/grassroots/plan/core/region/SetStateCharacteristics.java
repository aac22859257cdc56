package org.grassroots.plan.core.region;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** HQ sets which of the plan's regional characteristics apply to a state, each with a note and a source. */
public record SetStateCharacteristics(long actorId, String stateCode, List<Characteristic> characteristics) {

    /** One regional approach (code) for the state: whether it applies, why (note) and according to what (source). */
    public record Characteristic(
            String approachCode,
            boolean applies,
            @Nullable String note,
            @Nullable String source) {}

    public SetStateCharacteristics {
        characteristics = List.copyOf(characteristics);
    }
}
