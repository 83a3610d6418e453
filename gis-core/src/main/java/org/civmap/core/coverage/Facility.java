package org.civmap.core.coverage;

import java.util.Objects;

/**
 * A service point that demand walks to (a community elderly-care centre, a canteen). Immutable.
 *
 * @param id caller's identifier
 * @param lon longitude, WGS84 degrees
 * @param lat latitude, WGS84 degrees
 */
public record Facility(String id, double lon, double lat) {
    public Facility {
        Objects.requireNonNull(id, "id");
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(
                    "facility " + id + ": lon/lat must be WGS84 degrees, was " + lon + "," + lat);
        }
    }
}
