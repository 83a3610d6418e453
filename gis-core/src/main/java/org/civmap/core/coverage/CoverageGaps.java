package org.civmap.core.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Aggregates uncovered demand into gap areas a planner can see: every demand point that is not
 * covered gets a disc of {@code radiusMetres}, overlapping discs merge, and each merged area carries
 * the population and older population of the points inside it. Stateless.
 */
public final class CoverageGaps {

    /** One gap area, in WGS84 degrees, with what lives in it. */
    public record Gap(Geometry area, int demandPoints, double population, double olderPopulation) {}

    private static final GeometryFactory METRIC = new GeometryFactory();

    private CoverageGaps() {}

    /**
     * Finds gap areas, largest older population first.
     *
     * @param radiusMetres disc radius, 10..2000 m: points closer than twice this share a gap
     * @return empty when every point is covered
     */
    public static List<Gap> find(WalkCoverage.Result result, double radiusMetres) {
        if (!(radiusMetres >= 10 && radiusMetres <= 2000)) {
            throw new IllegalArgumentException("radiusMetres must be in 10..2000, was " + radiusMetres);
        }
        List<DemandPoint> open = result.assignments().stream()
                .filter(a -> !a.covered())
                .map(WalkCoverage.Assignment::demand)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        double lon0 = open.stream().mapToDouble(DemandPoint::lon).average().orElse(0);
        double lat0 = open.stream().mapToDouble(DemandPoint::lat).average().orElse(0);
        LocalMetres proj = new LocalMetres(lon0, lat0);
        List<Geometry> discs = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (DemandPoint d : open) {
            Point p = METRIC.createPoint(new Coordinate(proj.x(d.lon()), proj.y(d.lat())));
            points.add(p);
            discs.add(p.buffer(radiusMetres, 8));
        }
        Geometry union = CascadedPolygonUnion.union(discs);
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Geometry part = union.getGeometryN(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(part);
            int n = 0;
            double pop = 0, older = 0;
            for (int k = 0; k < points.size(); k++) {
                if (prepared.contains(points.get(k))) {
                    n++;
                    pop += open.get(k).population();
                    older += open.get(k).olderPopulation();
                }
            }
            gaps.add(new Gap(proj.toDegrees(part), n, pop, older));
        }
        gaps.sort(Comparator.comparingDouble(Gap::olderPopulation).reversed());
        return gaps;
    }
}
