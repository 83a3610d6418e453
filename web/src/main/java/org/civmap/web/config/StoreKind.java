package org.civmap.web.config;

import java.util.Locale;

/** Names the two storage back-ends. Immutable. */
public enum StoreKind {
    /** Embedded H2 database with the H2GIS spatial extension: the default, no server needed. */
    H2GIS,
    /** PostgreSQL with PostGIS, reached through {@code CIVMAP_DB_URL}. */
    POSTGIS;

    /** Returns the Flyway location holding this store's migrations. */
    public String migrations() {
        return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code h2gis} or {@code postgis}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static StoreKind parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "h2gis", "h2" -> H2GIS;
            case "postgis", "postgres", "postgresql" -> POSTGIS;
            default -> throw new IllegalArgumentException("store must be h2gis or postgis, was '" + value + "'");
        };
    }
}
