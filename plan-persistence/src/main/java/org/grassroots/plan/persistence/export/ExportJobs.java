package org.grassroots.plan.persistence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports prepared in the background ({@code export_job}) and their files, stored in chunks
 * ({@code export_job_chunk}) that are written and read one at a time.
 */
@Repository
public class ExportJobs {

    private final JdbcClient jdbc;
    private final JdbcTemplate oneChunkAtATime;

    public ExportJobs(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.oneChunkAtATime = new JdbcTemplate(dataSource);
        this.oneChunkAtATime.setFetchSize(1);
    }

    /** What a new export is: who asked, which file, with which parameters, for which period and language. */
    public record Request(
            String requestedBy, String kind, String fileName, String parameters, String periodLabel, String language) {}

    @Transactional
    public UUID create(Request request, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO export_job (id, requested_by, kind, file_name, parameters, period_label, language,
                                        status, created_at, updated_at)
                VALUES (:id, :by, :kind, :file, :parameters, :period, :language, 'RUNNING', :now, :now)""")
                .param("id", id)
                .param("by", request.requestedBy())
                .param("kind", request.kind())
                .param("file", request.fileName())
                .param("parameters", request.parameters())
                .param("period", request.periodLabel())
                .param("language", request.language())
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    /** Stores the next chunk of the file and the bytes written so far, in one transaction. */
    @Transactional
    public void append(UUID id, int position, byte[] bytes, long bytesWritten, Instant now) {
        jdbc.sql("INSERT INTO export_job_chunk (job_id, position, bytes) VALUES (:id, :position, :bytes)")
                .param("id", id)
                .param("position", position)
                .param("bytes", bytes)
                .update();
        jdbc.sql("UPDATE export_job SET bytes_written = :bytes, updated_at = :now WHERE id = :id")
                .param("bytes", bytesWritten)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    @Transactional
    public void finish(UUID id, boolean succeeded, Instant now) {
        if (!succeeded) {
            jdbc.sql("DELETE FROM export_job_chunk WHERE job_id = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("UPDATE export_job SET status = :status, updated_at = :now, finished_at = :now WHERE id = :id")
                .param("status", succeeded ? "DONE" : "FAILED")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The export, if it is one of {@code username}'s (nobody sees another's exports). */
    @Transactional(readOnly = true)
    public Optional<ExportJobRow> find(UUID id, String username) {
        return jdbc.sql("SELECT * FROM export_job WHERE id = :id AND requested_by = :by")
                .param("id", id)
                .param("by", username)
                .query(ExportJobs::row)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<ExportJobRow> recent(String username, int limit) {
        return jdbc.sql("SELECT * FROM export_job WHERE requested_by = :by ORDER BY created_at DESC LIMIT :limit")
                .param("by", username)
                .param("limit", limit)
                .query(ExportJobs::row)
                .list();
    }

    /** Writes the stored file to {@code out}, holding one chunk in memory at a time. */
    @Transactional(readOnly = true)
    public void copyFile(UUID id, OutputStream out) {
        oneChunkAtATime.query(
                "SELECT bytes FROM export_job_chunk WHERE job_id = ? ORDER BY position",
                rs -> {
                    try {
                        out.write(rs.getBytes(1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                id);
    }

    /** Removes the exports (and their files) created before {@code cutoff}. */
    @Transactional
    public int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM export_job WHERE created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static ExportJobRow row(ResultSet rs, int n) throws SQLException {
        return new ExportJobRow(
                rs.getObject("id", UUID.class),
                rs.getString("requested_by"),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("parameters"),
                rs.getString("period_label"),
                rs.getString("language"),
                rs.getString("status"),
                rs.getLong("bytes_written"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("finished_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
