package org.grassroots.plan.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.grassroots.plan.persistence.export.ExportJobs;

/**
 * The file of a background export as it is written: every full chunk goes to the database at once, with the
 * bytes written so far, which is the progress its status page shows.
 */
final class ExportJobOutput extends OutputStream {

    static final int CHUNK_SIZE = 1 << 20;

    private final ExportJobs jobs;
    private final UUID id;
    private final Clock clock;
    private final byte[] buffer = new byte[CHUNK_SIZE];
    private int filled;
    private int position;
    private long written;

    ExportJobOutput(ExportJobs jobs, UUID id, Clock clock) {
        this.jobs = jobs;
        this.id = id;
        this.clock = clock;
    }

    @Override
    public void write(int b) {
        buffer[filled++] = (byte) b;
        if (filled == CHUNK_SIZE) {
            store();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, CHUNK_SIZE - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == CHUNK_SIZE) {
                store();
            }
        }
    }

    /** Stores what is left; the writers close their streams, so closing twice stores nothing twice. */
    @Override
    public void close() throws IOException {
        if (filled > 0) {
            store();
        }
    }

    private void store() {
        written += filled;
        jobs.append(id, position++, Arrays.copyOf(buffer, filled), written, clock.instant());
        filled = 0;
    }
}
