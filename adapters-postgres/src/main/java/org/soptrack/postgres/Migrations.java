package org.soptrack.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings a database up to the current schema. Runs as the owner; creates (or corrects) the application role, which may
 * log in and read and write rows but owns nothing, is no superuser and cannot bypass Row-Level Security.
 */
public final class Migrations {

    public static final String DEFAULT_APP_USER = "soptrack_app";
    /**
     * The newest migration's version in {@code db/migration}: raise it with each new migration ({@code MigrationsIT}
     * fails until it is). A database holding exactly versions 1 to this one, all applied, is left to itself.
     */
    static final int NEWEST = 30;
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Migrations() {
    }

    /** {@link #migrate(DataSource, String, Optional)} on the database at {@code url}, as the owner account given. */
    public static int migrate(String url, String ownerUser, String ownerPassword, String appUser,
                              Optional<String> appPassword) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        return migrate(owner, appUser, appPassword);
    }

    /** Applies pending migrations; sets the app role's password when one is given. Returns how many were applied. */
    public static int migrate(DataSource owner, String appUser, Optional<String> appPassword) {
        if (!ROLE_NAME.matcher(appUser).matches()) {
            throw new IllegalArgumentException("The application role must be a lower-case SQL identifier: " + appUser);
        }
        if (upToDate(owner)) {
            appPassword.ifPresent(password -> setPassword(owner, appUser, password));
            return 0;
        }
        int applied = Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appUser", appUser))
                .load()
                .migrate()
                .migrationsExecuted;
        appPassword.ifPresent(password -> setPassword(owner, appUser, password));
        return applied;
    }

    /**
     * Whether Flyway's history shows versions 1 to {@link #NEWEST} applied and no failed attempt: then nothing is left
     * to migrate, and the start skips Flyway (about a sixth of a second: scanning the class path, reading the history,
     * validating checksums). Any other history, a newer one included, goes to Flyway, which migrates or refuses.
     */
    static boolean upToDate(DataSource owner) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return false;
                }
            }
            try (ResultSet history = s.executeQuery("""
                    SELECT count(*) FILTER (WHERE NOT success OR version IS NULL OR version !~ '^[0-9]+$'),
                           count(DISTINCT version),
                           max(CASE WHEN version ~ '^[0-9]+$' THEN CAST(version AS integer) END)
                      FROM flyway_schema_history""")) {
                history.next();
                return history.getLong(1) == 0 && history.getLong(2) == NEWEST && history.getInt(3) == NEWEST;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static void setPassword(DataSource owner, String appUser, String password) {
        try (Connection c = owner.getConnection();
             PreparedStatement build = c.prepareStatement("select format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
            build.setString(1, appUser);
            build.setString(2, password);
            try (ResultSet rs = build.executeQuery(); Statement alter = c.createStatement()) {
                rs.next();
                alter.execute(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the application role", e);
        }
    }
}
