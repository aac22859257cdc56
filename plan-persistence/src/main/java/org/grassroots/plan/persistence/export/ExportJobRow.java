package org.grassroots.plan.persistence.export;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An export prepared in the background, as its status page and the list of one's exports show it. */
public record ExportJobRow(
        UUID id,
        String requestedBy,
        String kind,
        String fileName,
        String parameters,
        String periodLabel,
        String language,
        String status,
        long bytesWritten,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant finishedAt) {

    /** A running export that has written nothing for this long was cut off (its node stopped); it will not finish. */
    public static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    public boolean done() {
        return "DONE".equals(status);
    }

    public boolean running(Instant now) {
        return "RUNNING".equals(status) && !stalled(now);
    }

    /** Failed, or running but silent for longer than {@link #STALLED_AFTER}. */
    public boolean failed(Instant now) {
        return "FAILED".equals(status) || stalled(now);
    }

    private boolean stalled(Instant now) {
        return "RUNNING".equals(status) && updatedAt.plus(STALLED_AFTER).isBefore(now);
    }
}
