package org.civmap.web.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a store's data source and brings its schema up to date with Flyway. Stateless; used by the
 * Spring configuration and directly by the store contract tests.
 */
public final class Stores {

    private Stores() {}

    /**
     * Opens the embedded H2GIS database file {@code civmap} under a state directory, creating it.
     *
     * @param stateDir directory for the database file; created if missing
     */
    public static DataSource h2gis(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create state directory " + stateDir + ": " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + stateDir.toAbsolutePath().resolve("civmap") + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("sa");
        ds.setPassword("");
        return pooled(ds, "civmap-h2gis");
    }

    /**
     * Opens a PostGIS database.
     *
     * @param url a {@code jdbc:postgresql://} URL
     * @throws IllegalArgumentException when the URL is missing or not a PostgreSQL URL
     */
    public static DataSource postgis(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "CIVMAP_DB_URL must be a jdbc:postgresql:// URL for --store postgis, was '" + url + "'");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null && !user.isBlank()) {
            ds.setUser(user);
        }
        if (password != null && !password.isBlank()) {
            ds.setPassword(password);
        }
        return pooled(ds, "civmap-postgis");
    }

    private static DataSource pooled(DataSource ds, String name) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setPoolName(name);
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    /** Applies the store's pending migrations. */
    public static void migrate(DataSource dataSource, StoreKind kind) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(kind.migrations())
                .load()
                .migrate();
    }
}
