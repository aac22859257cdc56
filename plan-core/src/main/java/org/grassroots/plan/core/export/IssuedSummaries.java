package org.grassroots.plan.core.export;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.grassroots.plan.core.fiscal.FiscalYear;

/**
 * The issued summaries, shared by every node. Issuing a quarter takes a lock on that quarter in the database first,
 * so that of two simultaneous attempts (two nodes, two clicks) one renders and stores and the other finds it issued.
 */
public interface IssuedSummaries {

    /**
     * Stores the snapshots that {@code render} makes, unless the quarter is already issued; {@code true} if this
     * call issued it. Rendering happens under the lock, so the files hold the figures of that moment.
     */
    boolean issueOnce(
            FiscalYear fiscalYear,
            int quarter,
            String issuedBy,
            Instant issuedAt,
            Supplier<List<SummarySnapshot>> render);
}
