package org.grassroots.plan.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Runs a real PostgreSQL from the application's own jar when no database URL is configured, so that the portal
 * starts on a machine with nothing but a JDK. With a data directory the database's files outlive a restart.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        Map<String, String> superuser = Map.of();
        if (properties.isPersistent()) {
            Path dataDir = properties.dataPath();
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
            superuser = SuperuserPassword.connectionProperties(dataDir);
            superuser.forEach(builder::setConnectConfig);
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfAbsent(postgres, superuser, properties.databaseName());
        if (properties.isPersistent()) {
            SuperuserPassword.secure(postgres, properties.dataPath());
            log.info(
                    "The embedded PostgreSQL's superuser 'postgres' has the password kept in {} (owner-only)",
                    properties.dataPath().resolve(SuperuserPassword.FILE_NAME));
        }
        log.info(
                "Embedded PostgreSQL listens on port {} (database '{}', data in {})",
                postgres.getPort(),
                properties.databaseName(),
                properties.isPersistent() ? Path.of(properties.dataDir()).toAbsolutePath() : "a temporary folder");
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(
            EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) throws IOException {
        String url = postgres.getJdbcUrl("postgres", properties.databaseName());
        String password = properties.isPersistent()
                ? SuperuserPassword.read(properties.dataPath()).orElse("")
                : "";
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createDatabaseIfAbsent(
            EmbeddedPostgres postgres, Map<String, String> superuser, String databaseName) throws IOException {
        try (var connection = postgres.getPostgresDatabase(superuser).getConnection();
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + databaseName.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the embedded database " + databaseName, e);
        }
    }
}
