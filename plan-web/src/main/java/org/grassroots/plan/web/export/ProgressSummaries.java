package org.grassroots.plan.web.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.grassroots.plan.persistence.export.ExportQueries;
import org.grassroots.plan.persistence.export.InitiativeExportLine;
import org.grassroots.plan.persistence.export.ProgressFigureQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a progress summary's figures and lists in one read-only transaction, so they agree with each other. */
@Component
class ProgressSummaries {

    static final int PDF_INITIATIVES = 150;
    static final int NOTABLE_REPORTS = 10;

    private final ProgressFigureQueries figures;
    private final ExportQueries rows;
    private final Clock clock;

    ProgressSummaries(ProgressFigureQueries figures, ExportQueries rows, Clock clock) {
        this.figures = figures;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ProgressSummary summary(ExportScope scope) {
        List<InitiativeExportLine> initiatives = new ArrayList<>();
        AtomicLong count = new AtomicLong();
        rows.forEachInitiative(scope.filter(), line -> {
            if (count.incrementAndGet() <= PDF_INITIATIVES) {
                initiatives.add(line);
            }
        });
        return new ProgressSummary(
                scope,
                clock.instant(),
                figures.figures(scope.filter()),
                List.copyOf(initiatives),
                count.get(),
                rows.notableReports(scope.filter(), NOTABLE_REPORTS));
    }
}
