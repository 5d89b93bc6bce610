package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.postgres.Migrations;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * Makes the database ready before anything uses it. With no {@code datasources.default.url} configured, it starts
 * embedded PostgreSQL with its data under {@code soptrack.database.embedded-directory} (default
 * {@code data/postgres}), migrates it as the owner and points the default data source at it as the app role, with a
 * fresh random password each start. With a URL configured and owner credentials given
 * ({@code soptrack.database.owner-username} / {@code owner-password}), it migrates that database first; without
 * them it assumes the schema is migrated already.
 */
@Context
final class DatabaseSetup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);
    private static final String URL = "datasources.default.url";

    private final EmbeddedDatabase embedded;
    private final Map<String, String> embeddedConnection;

    DatabaseSetup(Environment environment, DatabaseSettings settings) {
        Optional<String> url = environment.getProperty(URL, String.class);
        if (url.isEmpty()) {
            // On SIGTERM the server first finishes its requests and its outbox sends (the graceful shutdown), then
            // stops the database; the database waits that long, and a little more, before it stops by itself. Under
            // tests, whose contexts may outlive their test, it stops with the JVM at once.
            Duration grace = environment.getProperty("micronaut.lifecycle.graceful-shutdown.grace-period",
                    Duration.class).orElse(Duration.ofSeconds(15));
            boolean test = environment.getActiveNames().contains(Environment.TEST);
            embedded = EmbeddedDatabase.startClosedByOwner(Path.of(settings.embeddedDirectory()),
                    test ? Duration.ZERO : grace.plusSeconds(10));
            String password = randomPassword();
            Migrations.migrate(embedded.ownerDataSource(), settings.appUser(), Optional.of(password));
            embeddedConnection = Map.of(URL, embedded.jdbcUrl(), "datasources.default.username", settings.appUser(),
                    "datasources.default.password", password);
            environment.addPropertySource(PropertySource.of("soptrack-embedded-postgres", Map.copyOf(
                    embeddedConnection)));
            LOG.info("Embedded PostgreSQL on port {} with data in {}", embedded.port(), embedded.dataDirectory());
        } else {
            embedded = null;
            embeddedConnection = Map.of();
            settings.ownerUsername().ifPresent(owner -> Migrations.migrate(url.get(), owner,
                    settings.ownerPassword().orElse(""), settings.appUser(), Optional.empty()));
        }
    }

    /**
     * The embedded database's URL, app user and password (empty with an external database), for a data source
     * configured before this bean ran: which bean comes first differs between a class path and the one jar.
     */
    Optional<String[]> embeddedConnection() {
        return embeddedConnection.isEmpty() ? Optional.empty() : Optional.of(new String[] {
            embeddedConnection.get(URL), embeddedConnection.get("datasources.default.username"),
            embeddedConnection.get("datasources.default.password")});
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @PreDestroy
    void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
