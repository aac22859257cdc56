package org.grassroots.plan.persistence.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.grassroots.plan.core.user.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users as the administration pages list them, with their mission's names, in one query. */
@Repository
@Transactional(readOnly = true)
public class UserDirectoryQueries {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.role, u.mission_code,
                   m.name_ja AS mission_name_ja, m.name_en AS mission_name_en, u.preferred_language,
                   u.enabled, u.must_change_password, u.locked_until, (u.locked_until > :now) AS locked,
                   u.oidc_subject IS NOT NULL AS sso_linked
            FROM app_user u
            LEFT JOIN diplomatic_mission m ON m.code = u.mission_code
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether an account is locked is judged by the portal's clock, like the lock itself. */
    public UserDirectoryQueries(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public List<UserRow> all() {
        return jdbc.sql(SELECT + " ORDER BY u.username")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(UserDirectoryQueries::row)
                .list();
    }

    public Optional<UserRow> byId(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(UserDirectoryQueries::row)
                .optional();
    }

    /** What decides whether a signed-in user may go on: empty when the user no longer exists. */
    public Optional<AccountStatus> accountStatus(long id) {
        return jdbc.sql("SELECT enabled, must_change_password, role, mission_code FROM app_user WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new AccountStatus(
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("mission_code")))
                .optional();
    }

    private static UserRow row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getString("mission_code"),
                rs.getString("mission_name_ja"),
                rs.getString("mission_name_en"),
                rs.getString("preferred_language"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getBoolean("locked"),
                rs.getBoolean("sso_linked"));
    }
}
