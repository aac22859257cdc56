package org.grassroots.plan.persistence.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The issued API tokens for the administrators' list, newest first. */
@Repository
@Transactional(readOnly = true)
public class ApiTokenQueries {

    private final JdbcClient jdbc;

    ApiTokenQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiTokenRow> all(int limit) {
        return jdbc.sql("""
                        SELECT t.id, t.name, u.username, u.display_name, u.role, t.scopes, t.created_at, t.created_by,
                               t.expires_at, t.revoked_at, t.revoked_by, t.last_used_at, u.enabled
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        ORDER BY t.created_at DESC, t.id DESC LIMIT :limit""").param("limit", limit).query(ApiTokenQueries::row).list();
    }

    private static ApiTokenRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ApiTokenRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("scopes"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")),
                rs.getString("revoked_by"),
                instant(rs.getTimestamp("last_used_at")),
                rs.getBoolean("enabled"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
