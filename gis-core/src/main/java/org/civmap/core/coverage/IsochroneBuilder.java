package org.civmap.core.coverage;

import com.carrotsearch.hppc.LongHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.Snap;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Builds isochrones — the area reachable from a point within one or several walking-time budgets —
 * as the reached network buffered by a fixed distance. Every reached segment is kept whole, and the
 * segments the budget runs out on are cut at the exact point it runs out, so the polygon follows the
 * network rather than interpolating across blocks, rivers or slopes it cannot cross (the trade-off
 * against GraphHopper's triangulation and pgRouting's hulls is in docs/coverage.md). Thread-safe.
 */
public final class IsochroneBuilder {

    /** One band: the area reachable within {@code minutes}, and how many network nodes that is. */
    public record Band(double minutes, Geometry polygon, int reachedNodes) {}

    /** Default half-width of the buffer around reached ways, metres. */
    public static final double DEFAULT_BUFFER_METRES = 40;

    private static final GeometryFactory METRIC = new GeometryFactory();

    private final SnapIndex index;
    private final double bufferMetres;

    public IsochroneBuilder(SnapIndex index, double bufferMetres) {
        if (!(bufferMetres >= 1 && bufferMetres <= 500)) {
            throw new IllegalArgumentException("bufferMetres must be in 1..500, was " + bufferMetres);
        }
        this.index = index;
        this.bufferMetres = bufferMetres;
    }

    public IsochroneBuilder(SnapIndex index) {
        this(index, DEFAULT_BUFFER_METRES);
    }

    /**
     * Builds nested isochrones around a point.
     *
     * @param minutes the budgets, each in 1..120, e.g. 5, 10, 15
     * @param options speed and snap limit (its walkMinutes is ignored)
     * @return one band per budget, smallest first
     * @throws IllegalArgumentException when the point is farther from the network than the snap limit
     */
    public List<Band> around(double lon, double lat, List<Double> minutes, WalkOptions options) {
        if (minutes.isEmpty()) {
            throw new IllegalArgumentException("minutes must name at least one budget");
        }
        List<Double> budgets = minutes.stream().sorted().toList();
        for (double m : budgets) {
            options.withWalkMinutes(m); // validates 1..120
        }
        Optional<Snap> snapped = index.snap(lon, lat, options.maxSnapMetres());
        if (snapped.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "point %.6f,%.6f is farther than %.0f m from any walkable way",
                    lon,
                    lat,
                    options.maxSnapMetres()));
        }
        Snap s = snapped.get();
        double speed = options.speedMetresPerSecond();
        double access = options.countSnapDistance() ? s.snapMetres() / speed : 0;
        double[][] seeds = NetworkSearch.seedsFrom(s, index, speed);
        int[] nodes = new int[seeds[0].length];
        double[] times = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = (int) seeds[0][i];
            times[i] = access + seeds[1][i];
        }
        WalkNetwork net = index.network();
        NetworkSearch search = new NetworkSearch(net);
        double maxSeconds = budgets.get(budgets.size() - 1) * 60;
        search.run(nodes, times, new int[nodes.length], speed, maxSeconds);
        LocalMetres proj = new LocalMetres(lon, lat);
        List<Band> bands = new ArrayList<>();
        int[] reached = search.reached();
        for (double m : budgets) {
            double limit = m * 60;
            List<LineString> lines = new ArrayList<>();
            LongHashSet whole = new LongHashSet();
            int count = 0;
            // the walk along the snapped arc itself, from the point to its ends
            double px = proj.x(s.onLon()), py = proj.y(s.onLat());
            for (int i = 0; i < nodes.length; i++) {
                double left = limit - access;
                if (left > 0) {
                    double f = Math.min(1, left / Math.max(1e-9, seeds[1][i]));
                    double nx = proj.x(net.lon(nodes[i])), ny = proj.y(net.lat(nodes[i]));
                    lines.add(segment(px, py, px + f * (nx - px), py + f * (ny - py)));
                }
            }
            for (int u : reached) {
                double tu = search.seconds(u);
                if (tu > limit) {
                    continue;
                }
                count++;
                double ux = proj.x(net.lon(u)), uy = proj.y(net.lat(u));
                for (int a = net.firstArc(u); a < net.endArc(u); a++) {
                    int v = net.arcTarget(a);
                    double cost = arcSeconds(net, a, speed);
                    double vx = proj.x(net.lon(v)), vy = proj.y(net.lat(v));
                    if (tu + cost <= limit) {
                        // a two-way segment reached whole from both ends is drawn once
                        if (whole.add(Math.min(u, v) * (long) net.nodeCount() + Math.max(u, v))) {
                            lines.add(segment(ux, uy, vx, vy));
                        }
                    } else {
                        double f = (limit - tu) / cost;
                        lines.add(segment(ux, uy, ux + f * (vx - ux), uy + f * (vy - uy)));
                    }
                }
            }
            // merge segments into polylines and drop vertices that bend them by less than a
            // tenth of the buffer: the buffer then has far fewer edges to node
            LineMerger merger = new LineMerger();
            merger.add(lines);
            @SuppressWarnings("unchecked")
            java.util.Collection<LineString> merged = merger.getMergedLineStrings();
            Geometry metric = DouglasPeuckerSimplifier.simplify(
                    METRIC.createMultiLineString(merged.toArray(LineString[]::new)), bufferMetres / 10);
            BufferParameters params =
                    new BufferParameters(3, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
            Geometry polygon = BufferOp.bufferOp(metric, bufferMetres, params);
            bands.add(new Band(m, proj.toDegrees(polygon), count));
        }
        return bands;
    }

    private static LineString segment(double x0, double y0, double x1, double y1) {
        return METRIC.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
    }

    private static double arcSeconds(WalkNetwork net, int arc, double speed) {
        return net.arcCostCm(arc) / (speed * 100.0);
    }
}
