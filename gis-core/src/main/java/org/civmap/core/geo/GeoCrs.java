package org.civmap.core.geo;

import java.util.Locale;

/**
 * Names the geographic coordinate systems civmap reads and serves. Immutable.
 *
 * <p>CGCS2000 (EPSG:4490) and WGS84 (EPSG:4326) differ by centimetres to decimetres, well below
 * the accuracy of the data civmap holds, so they share one stored geometry; GCJ-02 is derived on
 * the fly for AMap/Gaode basemaps.
 */
public enum GeoCrs {
    WGS84(4326),
    CGCS2000(4490),
    GCJ02(0);

    private final int epsg;

    GeoCrs(int epsg) {
        this.epsg = epsg;
    }

    /** Returns the EPSG code, or 0 for GCJ-02, which has none. */
    public int epsg() {
        return epsg;
    }

    /**
     * Parses a request parameter such as {@code wgs84}, {@code cgcs2000}, {@code gcj02} or an EPSG
     * code {@code 4326}/{@code 4490}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static GeoCrs parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (v) {
            case "wgs84", "4326", "epsg:4326", "crs84" -> WGS84;
            case "cgcs2000", "4490", "epsg:4490" -> CGCS2000;
            case "gcj02" -> GCJ02;
            default ->
                throw new IllegalArgumentException(
                        "crs must be one of wgs84, cgcs2000, gcj02 (or EPSG 4326/4490), was '" + value + "'");
        };
    }
}
