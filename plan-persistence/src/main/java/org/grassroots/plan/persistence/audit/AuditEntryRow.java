package org.grassroots.plan.persistence.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the security audit log as the administrators' page shows it. */
public record AuditEntryRow(
        long id,
        Instant occurredAt,
        String type,
        @Nullable String username,
        @Nullable String actor,
        @Nullable String detail,
        @Nullable String remoteAddress) {}
