package org.grassroots.plan.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.grassroots.plan.persistence.export.ExportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Prepares an export in the background, so that a year of reports does not hold a browser connection for minutes;
 * the file goes to the database as it is written. A pool of its own (two at a time per node, ten more waiting)
 * keeps exports from taking every database connection from the pages; it is not a bean, so Boot's own task
 * executor stays as it is. Exports are kept for {@link #KEPT_FOR}; older ones go when the next one starts.
 */
@Component
class ExportJobRunner implements DisposableBean {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);

    private final ExportJobs jobs;
    private final ExportWriter writer;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Clock clock;

    ExportJobRunner(ExportJobs jobs, ExportWriter writer, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.clock = clock;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10);
        executor.setThreadNamePrefix("export-");
        executor.initialize();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** Records the export and starts it; when the pool is full, the export is recorded as failed at once. */
    UUID start(ExportKind kind, ExportScope scope, String username, String parameters, String periodLabel) {
        jobs.deleteCreatedBefore(clock.instant().minus(KEPT_FOR));
        UUID id = jobs.create(
                new ExportJobs.Request(
                        username,
                        kind.name(),
                        kind.fileName(scope),
                        parameters,
                        periodLabel,
                        scope.language().getLanguage()),
                clock.instant());
        try {
            executor.execute(() -> run(id, kind, scope));
        } catch (RejectedExecutionException e) {
            log.warn("Export {} refused: too many exports are being prepared", id);
            jobs.finish(id, false, clock.instant());
        }
        return id;
    }

    private void run(UUID id, ExportKind kind, ExportScope scope) {
        boolean succeeded = false;
        try (OutputStream out = new ExportJobOutput(jobs, id, clock)) {
            writer.write(kind, scope, out);
            succeeded = true;
        } catch (IOException | RuntimeException e) {
            log.error("Export {} ({}) failed", id, kind, e);
        } finally {
            jobs.finish(id, succeeded, clock.instant());
        }
    }
}
