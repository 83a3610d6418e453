package org.civmap.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts between WGS84 (equal to CGCS2000 within decimetres) and GCJ-02, the obfuscated datum of
 * AMap/Gaode and most Chinese web maps.
 *
 * <p>The forward direction is the published closed-form GCJ-02 offset (Krasovsky ellipsoid
 * constants). The inverse has no closed form, so it is solved by fixed-point iteration until the
 * round trip differs by less than {@value #INVERSE_TOLERANCE_DEGREES} degrees (about 1 mm), which
 * keeps the inverse well inside the 0.5 m accuracy the boundary import needs. Points outside
 * mainland China's bounding box are returned unchanged, as every GCJ-02 implementation does.
 *
 * <p>Stateless and thread-safe. Axis order is always x = longitude, y = latitude.
 */
public final class Gcj02 {

    /** Semi-major axis of the Krasovsky 1940 ellipsoid used by GCJ-02, in metres. */
    static final double SEMI_MAJOR_AXIS_METRES = 6378245.0;
    /** First eccentricity squared of the Krasovsky 1940 ellipsoid. */
    static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;

    static final double INVERSE_TOLERANCE_DEGREES = 1e-8;
    private static final int INVERSE_MAX_ITERATIONS = 30;

    private Gcj02() {}

    /**
     * Tells whether GCJ-02 applies at a point: inside the rough bounding box of mainland China.
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return false where every GCJ-02 implementation leaves coordinates unchanged
     */
    public static boolean appliesAt(double lon, double lat) {
        return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    /**
     * Converts a WGS84 position to GCJ-02.
     *
     * @return a new coordinate (x = lon, y = lat) in degrees; the input unchanged outside China
     */
    public static Coordinate fromWgs84(double lon, double lat) {
        if (!appliesAt(lon, lat)) {
            return new Coordinate(lon, lat);
        }
        double[] d = offset(lon, lat);
        return new Coordinate(lon + d[0], lat + d[1]);
    }

    /**
     * Converts a GCJ-02 position back to WGS84 by iterating the forward transform.
     *
     * @return a new coordinate (x = lon, y = lat) in degrees whose forward transform matches the
     *     input to within about 1 mm; the input unchanged outside China
     */
    public static Coordinate toWgs84(double lon, double lat) {
        if (!appliesAt(lon, lat)) {
            return new Coordinate(lon, lat);
        }
        double x = lon;
        double y = lat;
        for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
            double[] d = offset(x, y);
            double ex = x + d[0] - lon;
            double ey = y + d[1] - lat;
            if (Math.abs(ex) < INVERSE_TOLERANCE_DEGREES && Math.abs(ey) < INVERSE_TOLERANCE_DEGREES) {
                break;
            }
            x -= ex;
            y -= ey;
        }
        return new Coordinate(x, y);
    }

    /**
     * Returns a copy of a geometry with every coordinate converted from GCJ-02 to WGS84.
     *
     * @param geometry in GCJ-02 degrees; not modified
     */
    public static Geometry toWgs84(Geometry geometry) {
        return transform(geometry, false);
    }

    /**
     * Returns a copy of a geometry with every coordinate converted from WGS84 to GCJ-02.
     *
     * @param geometry in WGS84 degrees; not modified
     */
    public static Geometry fromWgs84(Geometry geometry) {
        return transform(geometry, true);
    }

    private static Geometry transform(Geometry geometry, boolean forward) {
        CoordinateMapper mapper = forward ? Gcj02::fromWgs84 : Gcj02::toWgs84;
        return mapper.applyTo(geometry, geometry.getSRID());
    }

    /** Returns {dLon, dLat} in degrees to add to a WGS84 position. */
    private static double[] offset(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = latitudeTerm(x, y);
        double dLon = longitudeTerm(x, y);
        double radLat = Math.toRadians(lat);
        double sin = Math.sin(radLat);
        double magic = 1 - ECCENTRICITY_SQUARED * sin * sin;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS_METRES * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (SEMI_MAJOR_AXIS_METRES / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }

    private static double latitudeTerm(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double longitudeTerm(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
