package org.grassroots.plan.core.region;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where state figures are kept, with the history of what administrators changed. */
public interface StateFigureStore {

    /** A stored figure with its state and version. */
    record Stored(long id, String stateCode, long version, StateFigure figure) {}

    boolean stateExists(String stateCode);

    Optional<Stored> find(long id);

    /** Whether another figure of the state has this metric and year (ignoring {@code exceptId}). */
    boolean duplicate(String stateCode, String metric, @Nullable Integer year, @Nullable Long exceptId);

    long insert(String stateCode, StateFigure figure);

    /** Stores the figure if it is still at {@code version}; false when someone changed it meanwhile. */
    boolean update(long id, long version, StateFigure figure);

    boolean delete(long id, long version);

    void recordChange(
            String stateCode,
            String metric,
            String action,
            @Nullable String before,
            @Nullable String after,
            long actorId,
            Instant changedAt);
}
