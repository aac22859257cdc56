package org.grassroots.plan.persistence.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.grassroots.plan.core.export.IssuedSummaries;
import org.grassroots.plan.core.export.SummarySnapshot;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued summaries in {@code issued_summary}: a transaction-scoped advisory lock per quarter serialises issuers
 * across nodes, and the unique constraint (quarter, language) stays the last guard.
 */
@Repository
class JdbcIssuedSummaries implements IssuedSummaries {

    /** First key of the advisory lock: "issued summary" ("IS" = 0x4953), apart from other advisory locks. */
    private static final int LOCK_SPACE = 0x4953;

    private final JdbcClient jdbc;

    JdbcIssuedSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean issueOnce(
            FiscalYear fiscalYear,
            int quarter,
            String issuedBy,
            Instant issuedAt,
            Supplier<List<SummarySnapshot>> render) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                .param("space", LOCK_SPACE)
                .param("key", fiscalYear.year() * 10 + quarter)
                .query((rs, n) -> 1)
                .single();
        boolean issued = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM issued_summary WHERE fiscal_year = :fy AND quarter = :q)")
                .param("fy", fiscalYear.year())
                .param("q", quarter)
                .query(Boolean.class)
                .single();
        if (issued) {
            return false;
        }
        for (SummarySnapshot snapshot : render.get()) {
            jdbc.sql("""
                    INSERT INTO issued_summary (fiscal_year, quarter, language, issued_at, issued_by, pdf, xlsx,
                        pdf_sha256, xlsx_sha256)
                    VALUES (:fy, :q, :language, :at, :by, :pdf, :xlsx, :pdfHash, :xlsxHash)""")
                    .param("fy", fiscalYear.year())
                    .param("q", quarter)
                    .param("language", snapshot.language())
                    .param("at", Timestamp.from(issuedAt))
                    .param("by", issuedBy)
                    .param("pdf", snapshot.pdf())
                    .param("xlsx", snapshot.xlsx())
                    .param("pdfHash", sha256(snapshot.pdf()))
                    .param("xlsxHash", sha256(snapshot.xlsx()))
                    .update();
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
