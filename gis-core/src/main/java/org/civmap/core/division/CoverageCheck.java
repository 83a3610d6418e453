package org.civmap.core.division;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Checks that the polygons of one level form a clean coverage: no overlaps between neighbours and
 * no narrow gaps between them. Stateless and thread-safe.
 *
 * <p>Areas are converted from square degrees to square metres at each polygon's mean latitude,
 * which is accurate to a few percent at Yunnan's latitudes: enough to tell slivers from real
 * problems.
 */
public final class CoverageCheck {

    /** What the check found. Immutable. */
    public record Report(
            int polygons,
            int polygonsWithInvalidEdges,
            int overlappingPairs,
            double overlapAreaSquareMetres,
            int gaps,
            double gapAreaSquareMetres,
            List<String> details) {
        public Report {
            details = List.copyOf(details);
        }

        /** Returns a one-line summary for logs and notes. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d polygons: %d with invalid coverage edges; %d overlapping pairs (%.0f m²); %d gaps (%.0f m²)",
                    polygons,
                    polygonsWithInvalidEdges,
                    overlappingPairs,
                    overlapAreaSquareMetres,
                    gaps,
                    gapAreaSquareMetres);
        }
    }

    private static final double METRES_PER_DEGREE = 111_320.0;

    private CoverageCheck() {}

    /**
     * Validates a coverage.
     *
     * @param boundaries polygons of one level, WGS84 degrees
     * @param gapWidthMetres gaps narrower than this between polygons are reported
     */
    public static Report check(List<DivisionBoundary> boundaries, double gapWidthMetres) {
        Geometry[] geoms = boundaries.stream().map(DivisionBoundary::geometry).toArray(Geometry[]::new);
        double gapWidthDegrees = gapWidthMetres / METRES_PER_DEGREE;
        Geometry[] invalid = CoverageValidator.validate(geoms, gapWidthDegrees);
        List<String> details = new ArrayList<>();
        int invalidCount = 0;
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null && !invalid[i].isEmpty()) {
                invalidCount++;
                details.add(boundaries.get(i).code() + ": " + invalid[i].getNumGeometries()
                        + " invalid coverage edge(s), " + invalid[i].getNumPoints() + " vertices");
            }
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < geoms.length; i++) {
            tree.insert(geoms[i].getEnvelopeInternal(), i);
        }
        int overlaps = 0;
        double overlapArea = 0;
        for (int i = 0; i < geoms.length; i++) {
            for (Object o : tree.query(geoms[i].getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i || !geoms[i].intersects(geoms[j])) {
                    continue;
                }
                Geometry x = geoms[i].intersection(geoms[j]);
                double area = squareMetres(x);
                if (area > 1.0) {
                    overlaps++;
                    overlapArea += area;
                    details.add(String.format(
                            Locale.ROOT,
                            "overlap %s/%s: %.0f m²",
                            boundaries.get(i).code(),
                            boundaries.get(j).code(),
                            area));
                }
            }
        }
        // the gap finder returns each gap's outline as a ring: measure the area it encloses
        Geometry gaps = CoverageGapFinder.findGaps(geoms, gapWidthDegrees);
        double gapArea = 0;
        for (int i = 0; i < gaps.getNumGeometries(); i++) {
            Geometry ring = gaps.getGeometryN(i);
            if (ring instanceof LineString line && line.isClosed() && line.getNumPoints() >= 4) {
                gapArea += squareMetres(ring.getFactory().createPolygon(line.getCoordinateSequence()));
            }
        }
        return new Report(geoms.length, invalidCount, overlaps, overlapArea, gaps.getNumGeometries(), gapArea, details);
    }

    private static double squareMetres(Geometry g) {
        if (g.isEmpty()) {
            return 0;
        }
        double lat = g.getEnvelopeInternal().centre().y;
        return g.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
    }
}
