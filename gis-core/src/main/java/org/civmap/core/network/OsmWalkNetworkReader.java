package org.civmap.core.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.ev.RoadAccess;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PointList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a {@link WalkNetwork} from an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm},
 * {@code .osm.gz}) with GraphHopper's import and foot rules: which ways are walkable (footways,
 * paths, steps, residential streets, tracks; not motorways, not {@code foot=no} or private ways),
 * barriers, and GraphHopper's foot speed per way, whose ratio to its normal 5 km/h becomes the
 * segment's speed factor (steps 2 km/h, so 0.4). Elevation is never enabled (it would download
 * data). Stateless.
 */
public final class OsmWalkNetworkReader {

    /** GraphHopper's normal foot speed, km/h (FootAverageSpeedParser.MEAN_SPEED). */
    static final double GRAPHHOPPER_MEAN_FOOT_KMH = 5.0;

    static final String ENCODED_VALUES =
            "foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating, mtb_rating, country,"
                    + " road_class";

    private OsmWalkNetworkReader() {}

    /**
     * Imports an OSM file.
     *
     * @param workDir scratch directory for GraphHopper's graph files; emptied first
     * @param progress receives a line per stage
     * @throws IllegalArgumentException when the file does not exist or has an unknown extension
     */
    public static WalkNetwork read(Path osm, Path workDir, Consumer<String> progress) throws IOException {
        String name = osm.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(osm)) {
            throw new IllegalArgumentException("osm file " + osm + " does not exist");
        }
        if (!(name.endsWith(".osm.pbf")
                || name.endsWith(".pbf")
                || name.endsWith(".osm")
                || name.endsWith(".osm.gz")
                || name.endsWith(".osm.bz2"))) {
            throw new IllegalArgumentException(
                    "osm file must end in .osm.pbf, .osm, .osm.gz or .osm.bz2, was " + osm.getFileName());
        }
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        GraphHopper hopper = graphHopper(osm, workDir);
        progress.accept("importing " + osm.getFileName() + " with GraphHopper foot rules");
        hopper.importOrLoad();
        try {
            progress.accept("GraphHopper graph: " + hopper.getBaseGraph().getNodes() + " nodes, "
                    + hopper.getBaseGraph().getEdges() + " edges; packing the walking network");
            return pack(hopper, osm);
        } finally {
            hopper.close();
        }
    }

    /** Returns a GraphHopper configured with the foot profile civmap uses, not yet imported. */
    public static GraphHopper graphHopper(Path osm, Path workDir) {
        return graphHopper(osm, workDir, GHUtility.loadCustomModelFromJar("foot.json"));
    }

    /**
     * Returns a GraphHopper with civmap's encoded values and a {@code foot} profile using the given
     * custom model, not yet imported.
     */
    public static GraphHopper graphHopper(Path osm, Path workDir, com.graphhopper.util.CustomModel footModel) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osm.toString());
        hopper.setGraphHopperLocation(workDir.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setProfiles(new Profile("foot").setCustomModel(footModel));
        hopper.setElevation(false);
        return hopper;
    }

    /**
     * Packs an imported GraphHopper graph into a walking network.
     *
     * @param osm the file it was imported from, recorded in {@link WalkNetwork#source()}
     */
    public static WalkNetwork pack(GraphHopper hopper, Path osm) throws IOException {
        EncodedValueLookup ev = hopper.getEncodingManager();
        BooleanEncodedValue access = ev.getBooleanEncodedValue("foot_access");
        DecimalEncodedValue speed = ev.getDecimalEncodedValue("foot_average_speed");
        DecimalEncodedValue priority = ev.getDecimalEncodedValue("foot_priority");
        IntEncodedValue hikeRating = ev.getIntEncodedValue("hike_rating");
        EnumEncodedValue<RoadAccess> roadAccess = ev.getEnumEncodedValue("foot_road_access", RoadAccess.class);
        BaseGraph graph = hopper.getBaseGraph();
        WalkNetworkBuilder builder = new WalkNetworkBuilder();
        int[] towerToNode = new int[graph.getNodes()];
        Arrays.fill(towerToNode, -1);
        AllEdgesIterator it = graph.getAllEdges();
        while (it.next()) {
            boolean forward = it.get(access);
            boolean backward = it.getReverse(access);
            if ((!forward && !backward)
                    || it.get(priority) == 0
                    || it.get(hikeRating) >= 2
                    || it.get(roadAccess) == RoadAccess.PRIVATE
                    || it.get(roadAccess) == RoadAccess.NO) {
                continue;
            }
            double factor = Math.min(1.0, Math.max(0.05, it.get(speed) / GRAPHHOPPER_MEAN_FOOT_KMH));
            addEdge(builder, towerToNode, it, (a, b, metres) -> builder.addSegment(a, b, factor, forward, backward));
        }
        String source = String.format(
                Locale.ROOT,
                "%s (%d bytes, modified %s); GraphHopper 11.0 foot rules",
                osm.getFileName(),
                Files.size(osm),
                Files.getLastModifiedTime(osm));
        return builder.build(source);
    }

    /** Receives one straight piece of an edge: its two nodes and its length in metres. */
    private interface SegmentSink {
        void accept(int from, int to, double metres);
    }

    /** Splits an edge at every way node, sharing junction nodes between edges. */
    private static void addEdge(WalkNetworkBuilder builder, int[] towerToNode, AllEdgesIterator it, SegmentSink sink) {
        PointList points = it.fetchWayGeometry(FetchMode.ALL);
        int previous = node(builder, towerToNode, it.getBaseNode(), points.getLon(0), points.getLat(0));
        for (int i = 1; i < points.size(); i++) {
            int current = i == points.size() - 1
                    ? node(builder, towerToNode, it.getAdjNode(), points.getLon(i), points.getLat(i))
                    : builder.addNode(points.getLon(i), points.getLat(i));
            sink.accept(
                    previous,
                    current,
                    Geo.metres(points.getLon(i - 1), points.getLat(i - 1), points.getLon(i), points.getLat(i)));
            previous = current;
        }
    }

    private static int node(WalkNetworkBuilder builder, int[] towerToNode, int tower, double lon, double lat) {
        if (towerToNode[tower] < 0) {
            towerToNode[tower] = builder.addNode(lon, lat);
        }
        return towerToNode[tower];
    }

    /**
     * Builds a driving network with GraphHopper's car rules ({@code car_access}, {@code
     * car_average_speed}, private roads blocked): arc costs are seconds at each road's average car
     * speed, expressed at the 1 m/s reference, so searches must run at speed 1.0 m/s. Used for
     * catchments by driving time (funeral homes, cemeteries); the walking engine's options apply as
     * they are.
     */
    public static WalkNetwork readDriving(Path osm, Path workDir, Consumer<String> progress) throws IOException {
        if (!Files.isRegularFile(osm)) {
            throw new IllegalArgumentException("osm file " + osm + " does not exist");
        }
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osm.toString());
        hopper.setGraphHopperLocation(workDir.toString());
        hopper.setEncodedValuesString("car_access|block_private=true, car_average_speed, road_access");
        hopper.setProfiles(new Profile("car").setCustomModel(GHUtility.loadCustomModelFromJar("car.json")));
        hopper.setElevation(false);
        progress.accept("importing " + osm.getFileName() + " with GraphHopper car rules");
        hopper.importOrLoad();
        try {
            EncodedValueLookup ev = hopper.getEncodingManager();
            BooleanEncodedValue access = ev.getBooleanEncodedValue("car_access");
            DecimalEncodedValue speed = ev.getDecimalEncodedValue("car_average_speed");
            BaseGraph graph = hopper.getBaseGraph();
            WalkNetworkBuilder builder = new WalkNetworkBuilder();
            int[] towerToNode = new int[graph.getNodes()];
            Arrays.fill(towerToNode, -1);
            AllEdgesIterator it = graph.getAllEdges();
            while (it.next()) {
                double fwdKmh = it.get(access) ? it.get(speed) : 0;
                double bwdKmh = it.getReverse(access) ? it.getReverse(speed) : 0;
                if (fwdKmh <= 0 && bwdKmh <= 0) {
                    continue;
                }
                double fwd = fwdKmh, bwd = bwdKmh;
                addEdge(
                        builder,
                        towerToNode,
                        it,
                        (a, b, metres) -> builder.addTimedSegment(
                                a, b, fwd > 0 ? metres / (fwd / 3.6) : -1, bwd > 0 ? metres / (bwd / 3.6) : -1));
            }
            return builder.build(String.format(
                    Locale.ROOT,
                    "%s (%d bytes, modified %s); GraphHopper 11.0 car rules;"
                            + " costs are seconds at the 1 m/s reference",
                    osm.getFileName(),
                    Files.size(osm),
                    Files.getLastModifiedTime(osm)));
        } finally {
            hopper.close();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
