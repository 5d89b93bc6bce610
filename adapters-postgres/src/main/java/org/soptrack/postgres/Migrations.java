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
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Migrations() {
    }

    /** Applies pending migrations; sets the app role's password when one is given. Returns how many were applied. */
    /** Migrates the database at {@code url} as the given owner account; see {@link #migrate(DataSource, String, Optional)}. */
    public static int migrate(String url, String ownerUser, String ownerPassword, String appUser,
                              Optional<String> appPassword) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        return migrate(owner, appUser, appPassword);
    }

    public static int migrate(DataSource owner, String appUser, Optional<String> appPassword) {
        if (!ROLE_NAME.matcher(appUser).matches()) {
            throw new IllegalArgumentException("The application role must be a lower-case SQL identifier: " + appUser);
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
