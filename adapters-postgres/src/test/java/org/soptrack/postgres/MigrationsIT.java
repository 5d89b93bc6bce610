package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A start on an up-to-date database skips Flyway; any other history still goes through it. Runs on a database of its
 * own in the shared test cluster, migrated here from empty.
 */
class MigrationsIT {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private final TestDatabase db = TestDatabase.get();

    @Test
    void an_empty_database_is_migrated_and_a_current_one_is_left_alone_until_its_history_differs() throws Exception {
        List<Integer> onDisk = migrationVersions();
        DataSource owner = freshDatabase("migrations_it");
        assertThat(Migrations.upToDate(owner)).as("no history yet").isFalse();

        assertThat(Migrations.migrate(owner, TestDatabase.APP_USER, Optional.empty())).isEqualTo(onDisk.size());
        assertThat(Migrations.upToDate(owner))
                .as("all of db/migration applied: Migrations.NEWEST must be the newest version there, "
                        + onDisk.get(onDisk.size() - 1))
                .isTrue();
        assertThat(Migrations.migrate(owner, TestDatabase.APP_USER, Optional.empty())).isZero();

        String newest = Integer.toString(onDisk.get(onDisk.size() - 1));
        execute(owner, "CREATE TABLE kept_history AS SELECT * FROM flyway_schema_history");
        execute(owner, "DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");
        assertThat(Migrations.upToDate(owner)).as("the newest migration not recorded").isFalse();

        restore(owner);
        execute(owner, "UPDATE flyway_schema_history SET success = false WHERE version = '" + newest + "'");
        assertThat(Migrations.upToDate(owner)).as("a failed attempt").isFalse();

        restore(owner);
        execute(owner, "INSERT INTO flyway_schema_history SELECT installed_rank + 1000, '" + (onDisk.size() + 1)
                + "', 'from a newer release', type, script, checksum, installed_by, installed_on, execution_time, "
                + "success FROM kept_history WHERE version = '" + newest + "'");
        assertThat(Migrations.upToDate(owner)).as("a migration this build does not have").isFalse();

        restore(owner);
        assertThat(Migrations.upToDate(owner)).as("the history as Flyway wrote it").isTrue();
    }

    /** The versions of {@code db/migration} as the source tree has them, in order. */
    private static List<Integer> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            List<Integer> versions = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).sorted().toList();
            assertThat(versions).isNotEmpty();
            return versions;
        }
    }

    private DataSource freshDatabase(String name) throws SQLException {
        execute(db.embedded.ownerDataSource(), "DROP DATABASE IF EXISTS " + name);
        execute(db.embedded.ownerDataSource(), "CREATE DATABASE " + name);
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl("jdbc:postgresql://127.0.0.1:" + db.embedded.port() + "/" + name);
        owner.setUser(TestDatabase.OWNER_USER);
        return owner;
    }

    private static void restore(DataSource owner) throws SQLException {
        execute(owner, "DELETE FROM flyway_schema_history");
        execute(owner, "INSERT INTO flyway_schema_history SELECT * FROM kept_history");
    }

    private static void execute(DataSource target, String sql) throws SQLException {
        try (Connection c = target.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
