package org.civmap.web.cli;

import com.graphhopper.GraphHopper;
import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PMap;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.Facility;
import org.civmap.core.coverage.IsochroneBuilder;
import org.civmap.core.coverage.OsmBuildingDemand;
import org.civmap.core.coverage.WalkCoverage;
import org.civmap.core.coverage.WalkOptions;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.OsmWalkNetworkReader;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.SyntheticGrid;
import org.civmap.core.network.WalkNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * {@code ./civmap bench walk}: runs civmap's multi-source coverage, what a GraphHopper user would do
 * (one isochrone per facility, then point-in-polygon) and, with {@code --pg-url}, pgRouting's
 * {@code pgr_drivingDistance} on the same network in one process, and prints time ratios, memory
 * and agreement; then the scale series on synthetic grids.
 */
final class WalkBench {

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private WalkBench() {}

    static int run(Deque<String> rest, PrintStream out) throws IOException {
        if (rest.isEmpty() || !rest.poll().equals("walk")) {
            throw new Cli.UsageException("usage: bench walk --osm FILE [--facilities 100] [--runs 3] [--minutes 15]"
                    + " [--pg-url JDBC_URL] [--scale-max-side 1000]");
        }
        Map<String, String> o = Cli.options(
                rest, Set.of("--osm", "--facilities", "--runs", "--minutes", "--pg-url", "--scale-max-side"), Set.of());
        Path osm = Path.of(WalkCommands.required(o, "--osm"));
        int facilityCount = (int) WalkCommands.number(o, "--facilities", 100);
        int runs = Math.max(1, (int) WalkCommands.number(o, "--runs", 3));
        double minutes = WalkCommands.number(o, "--minutes", 15);
        WalkOptions options = WalkOptions.defaults().withWalkMinutes(minutes);
        double limit = options.budgetSeconds();
        Path work = Files.createTempDirectory("civmap-bench-");
        try {
            out.printf(
                    Locale.ROOT,
                    "bench walk: %s, %d facilities (Random(42) network nodes), %.0f min at %.1f m/s, "
                            + "median of %d runs%n",
                    osm.getFileName(),
                    facilityCount,
                    minutes,
                    options.speedMetresPerSecond(),
                    runs);

            // GraphHopper with the foot profile capped at the walking speed (BASELINES.md's recipe)
            CustomModel foot = GHUtility.loadCustomModelFromJar("foot.json");
            foot.addToSpeed(
                    Statement.If("true", Statement.Op.LIMIT, String.valueOf(options.speedMetresPerSecond() * 3.6)));
            GraphHopper hopper = OsmWalkNetworkReader.graphHopper(osm, work.resolve("gh"), foot);
            long t0 = System.nanoTime();
            hopper.importOrLoad();
            long t1 = System.nanoTime();
            WalkNetwork net = OsmWalkNetworkReader.pack(hopper, osm);
            long t2 = System.nanoTime();
            net.save(work.resolve("network.bin"));
            long t3 = System.nanoTime();
            WalkNetwork.load(work.resolve("network.bin"));
            long t4 = System.nanoTime();
            out.printf(
                    Locale.ROOT,
                    "network: GraphHopper import %.0f ms; civmap packing +%.0f ms; civmap cache load "
                            + "%.1f%% of import+pack; %d nodes, %d arcs, %.1f bytes per arc%n",
                    ms(t1 - t0),
                    ms(t2 - t1),
                    100.0 * (t4 - t3) / (t2 - t0),
                    net.nodeCount(),
                    net.arcCount(),
                    (double) net.arrayBytes() / net.arcCount());

            SnapIndex index = SnapIndex.of(net);
            int[] facilityNodes = randomNodes(net, facilityCount, 42);
            List<Facility> facilities = new ArrayList<>();
            for (int i = 0; i < facilityNodes.length; i++) {
                facilities.add(new Facility("f" + i, net.lon(facilityNodes[i]), net.lat(facilityNodes[i])));
            }
            List<DemandPoint> homes = homes(osm, net, out);

            // 1. civmap: one multi-source search, budget-limited like the isochrone tools
            WalkCoverage.Result[] civ = new WalkCoverage.Result[1];
            double civMs = median(runs, () -> civ[0] = WalkCoverage.compute(index, facilities, homes, options, limit));
            out.printf(
                    Locale.ROOT,
                    "1. civmap multi-source coverage: %.2f ms; %d of %d homes covered%n",
                    civMs,
                    civ[0].totals().covered(),
                    homes.size());

            // 2. GraphHopper: isochrone per facility, then point-in-polygon
            Weighting weighting = hopper.createWeighting(hopper.getProfile("foot"), new PMap());
            DefaultSnapFilter filter = new DefaultSnapFilter(
                    weighting, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key("foot")));
            boolean[][] ghCovered = new boolean[1][];
            double[] ghIsoMs = new double[1];
            int[] ghFailed = new int[1];
            double ghMs = median(runs, () -> {
                long s = System.nanoTime();
                List<Geometry> polygons = new ArrayList<>();
                for (Facility f : facilities) {
                    polygons.add(graphHopperIsochrone(hopper, weighting, filter, f, limit));
                }
                ghFailed[0] = (int) polygons.stream().filter(Geometry::isEmpty).count();
                ghIsoMs[0] = ms(System.nanoTime() - s) / facilities.size();
                ghCovered[0] = pointInPolygon(polygons, homes);
                return null;
            });
            int agree = 0, civOnly = 0, ghOnly = 0;
            for (int i = 0; i < homes.size(); i++) {
                boolean c = civ[0].assignments().get(i).covered();
                if (c == ghCovered[0][i]) {
                    agree++;
                } else if (c) {
                    civOnly++;
                } else {
                    ghOnly++;
                }
            }
            out.printf(
                    Locale.ROOT,
                    "2. GraphHopper isochrones + point-in-polygon: %.2f ms (%.2f ms per isochrone)"
                            + " -> civmap is %.1fx faster%n",
                    ghMs,
                    ghIsoMs[0],
                    ghMs / civMs);
            out.printf(
                    Locale.ROOT,
                    "   agreement on covered/not covered: %.1f%% (%d homes only civmap covers, %d only"
                            + " GraphHopper's polygons cover)%n",
                    100.0 * agree / Math.max(1, homes.size()),
                    civOnly,
                    ghOnly);

            // civmap's own isochrone polygons, one per facility
            IsochroneBuilder iso = new IsochroneBuilder(index);
            for (Facility f : facilities) {
                iso.around(f.lon(), f.lat(), List.of(minutes), options); // warm-up, not counted
            }
            double[] perIso = new double[facilities.size()];
            for (int i = 0; i < facilities.size(); i++) {
                long s = System.nanoTime();
                iso.around(facilities.get(i).lon(), facilities.get(i).lat(), List.of(minutes), options);
                perIso[i] = ms(System.nanoTime() - s);
            }
            Arrays.sort(perIso);
            out.printf(
                    Locale.ROOT,
                    "   one %.0f-minute civmap isochrone polygon: median %.2f ms, p90 %.2f ms%n",
                    minutes,
                    perIso[perIso.length / 2],
                    perIso[(int) (perIso.length * 0.9)]);

            // 3. pgRouting on the exported civmap graph
            if (o.containsKey("--pg-url")) {
                PgRoutingComparison pg = new PgRoutingComparison(o.get("--pg-url"));
                pg.export(net, options.speedMetresPerSecond());
                PgRoutingComparison.Outcome[] outcome = new PgRoutingComparison.Outcome[1];
                double pgMs = median(runs, () -> outcome[0] = pg.drivingDistance(facilityNodes, limit));
                NetworkSearch search = new NetworkSearch(net);
                double[] zeros = new double[facilityNodes.length];
                int[] labels = new int[facilityNodes.length];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = i;
                }
                double nodeMs = median(runs, () -> {
                    search.run(facilityNodes, zeros, labels, options.speedMetresPerSecond(), limit);
                    return null;
                });
                PgRoutingComparison.Agreement a = outcome[0].compareWith(search, facilityNodes);
                out.printf(
                        Locale.ROOT,
                        "3. pgRouting pgr_drivingDistance (all facilities, equicost): %.2f ms -> civmap"
                                + " coverage is %.1fx faster (civmap's bare node search: %.2f ms, %.1fx)%n",
                        pgMs,
                        pgMs / civMs,
                        nodeMs,
                        pgMs / nodeMs);
                out.printf(
                        Locale.ROOT,
                        "   agreement node by node: %d reached by both, %d only civmap, %d only"
                                + " pgRouting, %d with a different time (> 1 ms), %d with another nearest facility%n",
                        a.both(),
                        a.civmapOnly(),
                        a.pgroutingOnly(),
                        a.timeDiffers(),
                        a.facilityDiffers());
                // each facility alone: pgRouting and civmap must agree exactly on the same graph
                int singleDiffers = 0, singleNodes = 0;
                java.util.Map<Integer, double[]> nearest = new java.util.HashMap<>();
                for (int f = 0; f < facilityNodes.length; f++) {
                    int[] one = {facilityNodes[f]};
                    PgRoutingComparison.Outcome single = pg.drivingDistance(one, limit, false);
                    int facility = f;
                    single.reached()
                            .forEach((node, v) ->
                                    nearest.merge(node, new double[] {v[0], facility}, (x, y) -> y[0] < x[0] ? y : x));
                    search.run(one, new double[1], new int[1], options.speedMetresPerSecond(), limit);
                    PgRoutingComparison.Agreement sa = single.compareWith(search, one);
                    singleNodes += sa.both();
                    singleDiffers += sa.civmapOnly() + sa.pgroutingOnly() + sa.timeDiffers();
                }
                search.run(facilityNodes, zeros, labels, options.speedMetresPerSecond(), limit);
                PgRoutingComparison.Agreement viaSingles =
                        new PgRoutingComparison.Outcome(nearest).compareWith(search, facilityNodes);
                out.printf(
                        Locale.ROOT,
                        "   one start at a time (%d single-start runs): %d nodes compared, %d disagreements;"
                                + " nearest over those runs vs civmap's multi-source search: %d both, %d only civmap,"
                                + " %d only pgRouting, %d different times, %d other facility%n",
                        facilityNodes.length,
                        singleNodes,
                        singleDiffers,
                        viaSingles.both(),
                        viaSingles.civmapOnly(),
                        viaSingles.pgroutingOnly(),
                        viaSingles.timeDiffers(),
                        viaSingles.facilityDiffers());
                PgRoutingComparison.Agreement each =
                        pg.drivingDistance(facilityNodes, limit, false).compareWith(search, facilityNodes);
                out.printf(
                        Locale.ROOT,
                        "   without equicost (every start's tree, nearest taken): %d both, %d only"
                                + " civmap, %d only pgRouting, %d with a different time, %d with another nearest facility%n",
                        each.both(),
                        each.civmapOnly(),
                        each.pgroutingOnly(),
                        each.timeDiffers(),
                        each.facilityDiffers());
            } else {
                out.println("3. pgRouting: skipped (give --pg-url jdbc:postgresql://… with pgRouting installed)");
            }
            out.printf(
                    Locale.ROOT,
                    "peak heap of the whole process (GraphHopper included): %.0f MiB%n",
                    peakHeapBytes() / 1048576.0);
            hopper.close();

            scale(out, (int) WalkCommands.number(o, "--scale-max-side", 1000), facilityCount);
            return 0;
        } finally {
            deleteQuietly(work);
        }
    }

    private static List<DemandPoint> homes(Path osm, WalkNetwork net, PrintStream out) throws IOException {
        OsmBuildingDemand.Result buildings = OsmBuildingDemand.read(osm, OsmBuildingDemand.Options.defaults());
        if (!buildings.points().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "homes: %d residential buildings (population estimated from footprints)%n",
                    buildings.points().size());
            return buildings.points();
        }
        List<DemandPoint> homes = new ArrayList<>();
        for (int n = 0; n < net.nodeCount(); n += 10) {
            homes.add(new DemandPoint("n" + n, net.lon(n), net.lat(n), 1, 1, "", "synthetic"));
        }
        out.printf(
                Locale.ROOT,
                "homes: no buildings in the extract; every 10th network node (%d, synthetic)%n",
                homes.size());
        return homes;
    }

    static Geometry graphHopperIsochrone(
            GraphHopper hopper, Weighting weighting, DefaultSnapFilter filter, Facility f, double limitSeconds) {
        Snap snap = hopper.getLocationIndex().findClosest(f.lat(), f.lon(), filter);
        if (!snap.isValid()) {
            return WGS84.createPolygon();
        }
        QueryGraph qg = QueryGraph.create(hopper.getBaseGraph(), snap);
        ShortestPathTree tree = new ShortestPathTree(qg, qg.wrapWeighting(weighting), false, TraversalMode.NODE_BASED);
        double limitMs = limitSeconds * 1000;
        tree.setTimeLimit(limitMs + Math.max(limitMs * 0.14, 200_000));
        try {
            Triangulator.Result t =
                    new JTSTriangulator(hopper.getRouterConfig()).triangulate(snap, qg, tree, label -> label.time, 0.0);
            return new ContourBuilder(t.triangulation).computeIsoline(limitMs, t.seedEdges);
        } catch (IllegalArgumentException e) {
            // GraphHopper refuses to triangulate fewer than three reached points (a dead-end stub)
            return WGS84.createPolygon();
        }
    }

    private static boolean[] pointInPolygon(List<Geometry> polygons, List<DemandPoint> homes) {
        STRtree tree = new STRtree();
        for (Geometry g : polygons) {
            if (!g.isEmpty()) {
                tree.insert(g.getEnvelopeInternal(), PreparedGeometryFactory.prepare(g));
            }
        }
        boolean[] covered = new boolean[homes.size()];
        for (int i = 0; i < homes.size(); i++) {
            Point p = WGS84.createPoint(
                    new Coordinate(homes.get(i).lon(), homes.get(i).lat()));
            for (Object o : tree.query(p.getEnvelopeInternal())) {
                if (((PreparedGeometry) o).covers(p)) {
                    covered[i] = true;
                    break;
                }
            }
        }
        return covered;
    }

    private static void scale(PrintStream out, int maxSide, int facilities) {
        out.println("scale (synthetic grids, 50 m spacing, 10% of segments removed, seed 7; unlimited multi-source"
                + " search from " + facilities + " nodes):");
        out.println("  nodes      arcs       build ms  bytes/edge  search ms  ns/node");
        for (int side : new int[] {maxSide / 4, maxSide / 2, (int) (maxSide / Math.sqrt(2)), maxSide}) {
            if (side < 10) {
                continue;
            }
            long t0 = System.nanoTime();
            WalkNetwork grid = SyntheticGrid.build(side, 50, 0.1, 7);
            long t1 = System.nanoTime();
            int[] starts = randomNodes(grid, facilities, 42);
            double[] zeros = new double[starts.length];
            int[] labels = new int[starts.length];
            NetworkSearch search = new NetworkSearch(grid);
            double searchMs = median(3, () -> {
                search.run(starts, zeros, labels, 1.0, Double.POSITIVE_INFINITY);
                return null;
            });
            // an undirected edge is two arcs
            double bytesPerEdge = grid.arrayBytes() / (grid.arcCount() / 2.0);
            out.printf(
                    Locale.ROOT,
                    "  %-10d %-10d %-9.0f %-11.1f %-10.1f %.0f%n",
                    grid.nodeCount(),
                    grid.arcCount(),
                    ms(t1 - t0),
                    bytesPerEdge,
                    searchMs,
                    searchMs * 1e6 / grid.nodeCount());
        }
    }

    static int[] randomNodes(WalkNetwork net, int count, long seed) {
        Random random = new Random(seed);
        int[] nodes = new int[count];
        for (int i = 0; i < count; i++) {
            int n;
            do {
                n = random.nextInt(net.nodeCount());
            } while (net.firstArc(n) == net.endArc(n));
            nodes[i] = n;
        }
        return nodes;
    }

    private static double median(int runs, Supplier<?> task) {
        for (int i = 0; i < 5; i++) {
            task.get(); // warm-up for the JIT, not counted
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            task.get();
            t[i] = ms(System.nanoTime() - s);
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
