package org.civmap.core.network;

/** Spherical distance helpers shared by the network package. Stateless. */
final class Geo {

    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;

    private Geo() {}

    /** Returns the great-circle distance in metres between two WGS84 positions. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
