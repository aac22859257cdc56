package org.grassroots.plan.persistence.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The security audit log for administrators: newest first, a page at a time, filtered by user and type. */
@Repository
@Transactional(readOnly = true)
public class SecurityAuditQueries {

    private final JdbcClient jdbc;

    public SecurityAuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page (0-based) of entries; {@code username} matches either the user concerned or the actor. */
    public AuditPage page(@Nullable String username, @Nullable String eventType, int page, int size) {
        var where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (username != null) {
            where.append(" AND (lower(username) = :username OR lower(actor) = :username)");
            params.put("username", username.toLowerCase(Locale.ROOT));
        }
        if (eventType != null) {
            where.append(" AND event_type = :type");
            params.put("type", eventType);
        }
        var count = CappedCount.of(jdbc.sql(CappedCount.sql("FROM security_audit_event" + where))
                .params(params)
                .query(Long.class)
                .single());
        int safePage = Math.min(Math.max(0, page), count.pages(size) - 1);
        List<AuditEntryRow> entries = jdbc.sql("""
                        SELECT id, occurred_at, event_type, username, actor, detail, remote_address
                        FROM security_audit_event""" + where + """
                         ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("limit", size)
                .param("offset", (long) safePage * size)
                .query((rs, row) -> new AuditEntryRow(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("event_type"),
                        rs.getString("username"),
                        rs.getString("actor"),
                        rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
        return new AuditPage(entries, count.value(), count.capped(), safePage, size);
    }
}
