package org.grassroots.plan.persistence.export;

import java.util.List;
import java.util.Optional;
import org.grassroots.plan.core.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The archive of issued summaries and their stored files, byte for byte. */
@Repository
@Transactional(readOnly = true)
public class IssuedSummaryQueries {

    /** Which stored file. */
    public enum Format {
        PDF,
        XLSX
    }

    private final JdbcClient jdbc;

    public IssuedSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest quarter first, Japanese before English. */
    public List<IssuedSummaryRow> archive() {
        return jdbc.sql("""
                        SELECT id, fiscal_year, quarter, language, issued_at, issued_by, octet_length(pdf) AS pdf_bytes,
                            octet_length(xlsx) AS xlsx_bytes, pdf_sha256, xlsx_sha256
                        FROM issued_summary ORDER BY fiscal_year DESC, quarter DESC, language DESC""")
                .query((rs, n) -> new IssuedSummaryRow(
                        rs.getLong("id"),
                        rs.getInt("fiscal_year"),
                        rs.getInt("quarter"),
                        Language.ofTag(rs.getString("language")),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("issued_by"),
                        rs.getLong("pdf_bytes"),
                        rs.getLong("xlsx_bytes"),
                        rs.getString("pdf_sha256"),
                        rs.getString("xlsx_sha256")))
                .list();
    }

    public Optional<byte[]> file(long id, Format format) {
        String column = format == Format.PDF ? "pdf" : "xlsx";
        return jdbc.sql("SELECT " + column + " FROM issued_summary WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public Optional<IssuedSummaryRow> find(long id) {
        return archive().stream().filter(row -> row.id() == id).findFirst();
    }
}
