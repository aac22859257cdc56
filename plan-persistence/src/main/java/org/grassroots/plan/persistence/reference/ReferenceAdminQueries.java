package org.grassroots.plan.persistence.reference;

import java.util.List;
import java.util.Optional;
import org.grassroots.plan.core.reference.ReferenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sectors and audiences for their administration pages: every code with its use, and a code's history. */
@Repository
@Transactional(readOnly = true)
public class ReferenceAdminQueries {

    private final JdbcClient jdbc;

    ReferenceAdminQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every code of the kind in display order, with the number of initiatives that use it. */
    public List<ReferenceCodeRow> codes(ReferenceKind kind) {
        String sql = switch (kind) {
            case SECTOR -> """
                    SELECT c.*, (SELECT count(*) FROM initiative_sector x WHERE x.sector_code = c.code) AS initiatives
                    FROM sector c ORDER BY c.sort_order, c.code""";
            case AUDIENCE -> """
                    SELECT c.*, (SELECT count(*) FROM initiative_audience x WHERE x.audience_code = c.code)
                               AS initiatives
                    FROM audience c ORDER BY c.sort_order, c.code""";
        };
        return jdbc.sql(sql)
                .query((rs, n) -> new ReferenceCodeRow(
                        rs.getString("code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getBoolean("active"),
                        rs.getLong("version"),
                        rs.getLong("initiatives")))
                .list();
    }

    public Optional<ReferenceCodeRow> code(ReferenceKind kind, String code) {
        return codes(kind).stream().filter(row -> row.code().equals(code)).findFirst();
    }

    /** The changes of one code, newest first. */
    public List<ReferenceChangeRow> changes(ReferenceKind kind, String code) {
        return jdbc.sql("""
                        SELECT c.field, c.before_text, c.after_text, u.username, c.changed_at
                        FROM reference_change c JOIN app_user u ON u.id = c.changed_by
                        WHERE c.kind = :kind AND c.code = :code ORDER BY c.changed_at DESC, c.id DESC""")
                .param("kind", kind.name())
                .param("code", code)
                .query((rs, n) -> new ReferenceChangeRow(
                        rs.getString("field"),
                        rs.getString("before_text"),
                        rs.getString("after_text"),
                        rs.getString("username"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
