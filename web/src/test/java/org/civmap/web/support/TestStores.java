package org.civmap.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.civmap.web.config.StoreKind;
import org.civmap.web.config.Stores;

/** Opens fresh, migrated stores for tests: an H2GIS file in a temp dir, or a new PostGIS database. */
public final class TestStores {

    /** The bundled data, seen from the web module's directory where Maven runs tests. */
    public static final Path YUNNAN = Path.of("..", "data", "yunnan");

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestStores() {}

    /** Opens a new H2GIS database under a fresh temporary directory. */
    public static DataSource h2gis() {
        try {
            DataSource ds = Stores.h2gis(Files.createTempDirectory("civmap-h2gis-"));
            Stores.migrate(ds, StoreKind.H2GIS);
            return ds;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates a new database on the PostGIS cluster that {@code ./scripts/test.sh} starts and
     * migrates it.
     *
     * @throws IllegalStateException when CIVMAP_TEST_PG_URL is not set: PostGIS tests never skip
     */
    public static DataSource postgis() {
        String base = System.getenv("CIVMAP_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException(
                    "CIVMAP_TEST_PG_URL is not set: run the tests with ./scripts/test.sh, which starts PostGIS");
        }
        String name = "civmap_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database on " + base + ": " + e.getMessage(), e);
        }
        String url = base.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        DataSource ds = Stores.postgis(url, null, null);
        Stores.migrate(ds, StoreKind.POSTGIS);
        return ds;
    }
}
