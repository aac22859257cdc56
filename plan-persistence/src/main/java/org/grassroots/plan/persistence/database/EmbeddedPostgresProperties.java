package org.grassroots.plan.persistence.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that serves when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir the folder that keeps the database's files; empty means a throw-away folder (tests)
 * @param port the port it listens on; 0 picks a free one
 * @param databaseName the database the portal uses inside it
 */
@ConfigurationProperties("plan.embedded-db")
public record EmbeddedPostgresProperties(@Nullable String dataDir, int port, String databaseName) {

    public EmbeddedPostgresProperties {
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "plan";
        }
    }

    boolean isPersistent() {
        return dataDir != null && !dataDir.isBlank();
    }

    /** The data folder as an absolute path; only for a persistent database. */
    Path dataPath() {
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalStateException("The embedded PostgreSQL has no data folder");
        }
        return Path.of(dataDir).toAbsolutePath();
    }
}
