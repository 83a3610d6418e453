package org.civmap.core.division;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A unit's boundary polygon in WGS84/CGCS2000 degrees. Immutable (never mutate the geometry).
 *
 * @param code NBS code of the unit
 * @param geometry polygon or multipolygon, x = lon, y = lat
 * @param source provenance note, e.g. which file and that it was converted from GCJ-02
 */
public record DivisionBoundary(String code, Geometry geometry, String source) {
    public DivisionBoundary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(source, "source");
    }
}
