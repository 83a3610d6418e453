package org.civmap.core.coverage;

import org.civmap.core.geo.CoordinateMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection to metres around a centre latitude: accurate to better than 0.1%
 * within ~20 km of the centre, which is all a walking-time polygon spans. Immutable.
 */
final class LocalMetres {

    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private final double lon0;
    private final double lat0;
    private final double mPerDegLon;

    LocalMetres(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.mPerDegLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
    }

    double x(double lon) {
        return (lon - lon0) * mPerDegLon;
    }

    double y(double lat) {
        return (lat - lat0) * METRES_PER_DEGREE;
    }

    /** Returns a copy of a metric geometry in lon/lat degrees. */
    Geometry toDegrees(Geometry metric) {
        CoordinateMapper toDegrees = (x, y) -> new Coordinate(lon0 + x / mPerDegLon, lat0 + y / METRES_PER_DEGREE);
        return toDegrees.applyTo(metric, 4326);
    }
}
