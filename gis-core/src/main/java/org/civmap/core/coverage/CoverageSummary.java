package org.civmap.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Sums coverage per division. Stateless. */
public final class CoverageSummary {

    /** Covered and total older population of one division. */
    public record Row(String divisionCode, int demandPoints, double olderPopulation, double coveredOlderPopulation) {
        /** Returns the covered share, 0..1 (0 when nobody lives there). */
        public double share() {
            return olderPopulation == 0 ? 0 : coveredOlderPopulation / olderPopulation;
        }
    }

    /** Code used for demand whose division is neither given nor found. */
    public static final String UNKNOWN = "unknown";

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private CoverageSummary() {}

    /**
     * Groups demand by its division: the code it carries, or else the polygon it falls in.
     *
     * @param polygons division code → WGS84 polygon; may be empty
     * @return rows in code order, with {@link #UNKNOWN} for the rest
     */
    public static List<Row> byDivision(WalkCoverage.Result result, Map<String, Geometry> polygons) {
        STRtree tree = new STRtree();
        polygons.forEach(
                (code, g) -> tree.insert(g.getEnvelopeInternal(), Map.entry(code, PreparedGeometryFactory.prepare(g))));
        Map<String, double[]> sums = new TreeMap<>();
        for (WalkCoverage.Assignment a : result.assignments()) {
            DemandPoint d = a.demand();
            String code = d.divisionCode();
            if (code.isEmpty()) {
                code = UNKNOWN;
                Point p = WGS84.createPoint(new Coordinate(d.lon(), d.lat()));
                for (Object o : tree.query(p.getEnvelopeInternal())) {
                    @SuppressWarnings("unchecked")
                    Map.Entry<String, PreparedGeometry> e = (Map.Entry<String, PreparedGeometry>) o;
                    if (e.getValue().covers(p)) {
                        code = e.getKey();
                        break;
                    }
                }
            }
            double[] s = sums.computeIfAbsent(code, k -> new double[3]);
            s[0]++;
            s[1] += d.olderPopulation();
            if (a.covered()) {
                s[2] += d.olderPopulation();
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((code, s) -> rows.add(new Row(code, (int) s[0], s[1], s[2])));
        return rows;
    }
}
