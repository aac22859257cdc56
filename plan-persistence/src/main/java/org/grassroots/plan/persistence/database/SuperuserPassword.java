package org.grassroots.plan.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The superuser password of an embedded PostgreSQL with a data folder. initdb leaves the superuser without a
 * password and every local connection trusted; on the first start this generates a password, sets it, keeps it in
 * {@value #FILE_NAME} in the data folder (readable by its owner only) and makes PostgreSQL ask for it.
 */
final class SuperuserPassword {

    static final String FILE_NAME = "superuser-password";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private SuperuserPassword() {}

    static Optional<String> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
    }

    /** The connection properties for the superuser: the kept password, if there is one. */
    static Map<String, String> connectionProperties(Path dataDir) throws IOException {
        return read(dataDir).map(password -> Map.of("password", password)).orElse(Map.of());
    }

    /** After a start: on the first one, sets and keeps a new password and requires it from then on. */
    static void secure(EmbeddedPostgres postgres, Path dataDir) throws IOException {
        if (read(dataDir).isPresent()) {
            return;
        }
        String password = generate();
        DataSource superuser = postgres.getPostgresDatabase(Map.of());
        try (var connection = superuser.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Path file = dataDir.resolve(FILE_NAME);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
            requirePasswords(dataDir.resolve("pg_hba.conf"));
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's superuser password", e);
        }
    }

    private static void requirePasswords(Path hba) throws IOException {
        String lines = Files.readAllLines(hba).stream()
                .map(line -> line.startsWith("#") ? line : line.replaceAll("\\btrust\\b", "scram-sha-256"))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(hba, lines);
    }

    private static String generate() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
