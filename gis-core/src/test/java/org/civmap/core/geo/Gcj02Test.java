package org.civmap.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class Gcj02Test {

    /** Great-circle distance in metres. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6_371_008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /**
     * Published reference pairs {wgsLon, wgsLat, gcjLon, gcjLat}: Shanghai, Shenzhen and Beijing from
     * googollee/eviltransform (go/transform_test.go, commit 1643645), which checks the forward result
     * to 5 decimals and its exact inverse to 0.5 m; (123, 45) from hujiulong/gcoord
     * (test/unit/crs/WGS84.spec.ts, commit 42ea29d), checked to 5 decimals.
     */
    static final double[][] REFERENCE = {
        {121.5272106, 31.1774276, 121.531541859215, 31.17530398364597},
        {113.912316, 22.543847, 113.9171764808363, 22.540796131694766},
        {116.377817, 39.911954, 116.38404722455657, 39.91334545536069},
        {123, 45, 123.00607541, 45.00197815},
    };

    @Test
    void matchesPublishedForwardReferencePairsTo5Decimals() {
        for (double[] p : REFERENCE) {
            Coordinate g = Gcj02.fromWgs84(p[0], p[1]);
            assertThat(g.x).isCloseTo(p[2], within(5e-6));
            assertThat(g.y).isCloseTo(p[3], within(5e-6));
        }
    }

    /**
     * Yunnan cities {wgsLon, wgsLat, gcjLon, gcjLat} from hujiulong/gcoord's fixture
     * (test/fixtures/china-cities.json, commit fedbaa1), which that project checks to 5e-5°: 楚雄, 玉溪,
     * 蒙自 and 景洪. Their values come from map services, not the formula, and differ from it by
     * about 5e-6°.
     */
    static final double[][] YUNNAN = {
        {101.5265949, 25.048566, 101.5280737, 25.0455363},
        {102.5258943, 24.3503369, 102.5272035, 24.347328},
        {103.3727815, 23.3656469, 103.3748066, 23.3631353},
        {100.7960252, 22.0116717, 100.7971547, 22.0088162},
    };

    @Test
    void agreesWithPublishedYunnanCityPairsWithinTheirToleranceBothWays() {
        for (double[] p : YUNNAN) {
            Coordinate g = Gcj02.fromWgs84(p[0], p[1]);
            assertThat(g.x).isCloseTo(p[2], within(5e-5));
            assertThat(g.y).isCloseTo(p[3], within(5e-5));
            Coordinate w = Gcj02.toWgs84(p[2], p[3]);
            assertThat(metres(w.x, w.y, p[0], p[1])).isLessThan(6.0);
        }
    }

    @Test
    void invertsPublishedReferencePairsToWithinHalfAMetre() {
        for (double[] p : REFERENCE) {
            Coordinate w = Gcj02.toWgs84(p[2], p[3]);
            assertThat(metres(w.x, w.y, p[0], p[1])).isLessThan(0.5);
        }
        // gcoord's published inverse: GCJ-02 (123, 45) is WGS84 (122.99395597, 44.99804071)
        Coordinate w = Gcj02.toWgs84(123, 45);
        assertThat(w.x).isCloseTo(122.99395597, within(5e-6));
        assertThat(w.y).isCloseTo(44.99804071, within(5e-6));
    }

    @Test
    void invertsTheForwardOffsetToWithinHalfAMetreAcrossYunnan() {
        double worst = 0;
        for (double lon = 97.5; lon <= 106.2; lon += 0.05) {
            for (double lat = 21.1; lat <= 29.3; lat += 0.05) {
                Coordinate g = Gcj02.fromWgs84(lon, lat);
                Coordinate back = Gcj02.toWgs84(g.x, g.y);
                worst = Math.max(worst, metres(lon, lat, back.x, back.y));
            }
        }
        assertThat(worst).isLessThan(0.5).isLessThan(0.01);
    }

    @Test
    void shiftsKunmingByTheKnownHundredsOfMetres() {
        // In Yunnan GCJ-02 lies roughly 140 m east and 330 m south of WGS84 (shared/data/README.md)
        Coordinate wgs = new Coordinate(102.71, 25.04);
        Coordinate gcj = Gcj02.fromWgs84(wgs.x, wgs.y);
        double east = metres(wgs.x, wgs.y, gcj.x, wgs.y) * Math.signum(gcj.x - wgs.x);
        double north = metres(wgs.x, wgs.y, wgs.x, gcj.y) * Math.signum(gcj.y - wgs.y);
        assertThat(east).isBetween(100.0, 200.0);
        assertThat(north).isBetween(-400.0, -250.0);
    }

    @Test
    void leavesPointsOutsideChinaUnchanged() {
        Coordinate andorra = Gcj02.fromWgs84(1.52, 42.51);
        assertThat(andorra.x).isEqualTo(1.52);
        assertThat(andorra.y).isEqualTo(42.51);
        assertThat(Gcj02.toWgs84(1.52, 42.51).x).isEqualTo(1.52);
        assertThat(Gcj02.appliesAt(102.7, 25.0)).isTrue();
    }

    @Test
    void convertsGeometriesWithoutTouchingTheInput() throws ParseException {
        Geometry g = new WKTReader().read("POLYGON ((102.7 25, 102.8 25, 102.8 25.1, 102.7 25, 102.7 25))");
        Geometry before = g.copy();
        Geometry wgs = Gcj02.toWgs84(g);
        assertThat(g.equalsExact(before)).isTrue();
        assertThat(wgs.getCoordinates()[0].x).isCloseTo(Gcj02.toWgs84(102.7, 25).x, within(1e-12));
        assertThat(Gcj02.fromWgs84(wgs).equalsExact(g, 1e-8)).isTrue();
    }

    @Test
    void parsesCrsNames() {
        assertThat(GeoCrs.parse("GCJ-02")).isEqualTo(GeoCrs.GCJ02);
        assertThat(GeoCrs.parse("EPSG:4490")).isEqualTo(GeoCrs.CGCS2000);
        assertThat(GeoCrs.parse("crs84")).isEqualTo(GeoCrs.WGS84);
    }
}
