package org.grassroots.plan.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL with a data folder gets a superuser password on its first start, kept owner-only in the
 * folder, asked for from then on and kept across a restart; an empty password no longer connects.
 */
class SuperuserPasswordTests {

    @TempDir
    Path folder;

    @Test
    void theFirstStartSetsAPasswordThatARestartKeeps() throws Exception {
        var properties =
                new EmbeddedPostgresProperties(folder.resolve("postgres").toString(), 0, "plan");
        var configuration = new EmbeddedPostgresAutoConfiguration();
        Path passwordFile = properties.dataPath().resolve(SuperuserPassword.FILE_NAME);

        String password;
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertThat(passwordFile).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            password = Files.readString(passwordFile).trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            var details = configuration.embeddedPostgresConnectionDetails(postgres, properties);
            assertThat(details.getPassword()).isEqualTo(password);
            assertConnects(details.getJdbcUrl(), password);
            assertThatThrownBy(() -> DriverManager.getConnection(details.getJdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(details.getJdbcUrl(), "postgres", "wrong"))
                    .isInstanceOf(SQLException.class);
        }

        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(properties)) {
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(password);
            var details = configuration.embeddedPostgresConnectionDetails(restarted, properties);
            assertConnects(details.getJdbcUrl(), password);
        }
    }

    private static void assertConnects(String url, String password) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", password);
                var result = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("plan");
        }
    }
}
