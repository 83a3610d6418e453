package org.civmap.core.coverage;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.civmap.core.io.DataFileException;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Estimates demand points from OpenStreetMap residential buildings. Stateless and thread-safe.
 *
 * <p>Each closed way tagged {@code building=<one of} {@link #RESIDENTIAL}{@code >} becomes one
 * point at its footprint's centroid, with id {@code way/<osm id>} and origin {@code estimated}:
 *
 * <ul>
 *   <li>footprint area, m²: the ring projected with a local equirectangular projection centred on
 *       the footprint's centroid (x = Δlon·R·cos(lat₀), y = Δlat·R, R the mean Earth radius); for a
 *       building-sized polygon this differs from the ellipsoidal area by well under 1%;
 *   <li>levels: {@code building:levels} rounded to a whole number and clamped to 1..50; 1 when the
 *       tag is absent or not a number;
 *   <li>population = area × levels ÷ {@link Options#floorAreaPerPersonSquareMetres()};
 *   <li>older population = population × {@link Options#olderShare()}.
 * </ul>
 *
 * <p>Both ratios are assumptions, not measurements, which is why every point says {@code
 * estimated}. Multipolygon relations (large or courtyard buildings) are not read; {@code
 * building=no} is not a building and is not counted.
 */
public final class OsmBuildingDemand {

    /**
     * Building values counted as homes. Unknown purpose ({@code yes}) is counted: in OSM most homes
     * are tagged just {@code building=yes}. Everything else (commercial, industrial, retail, church,
     * school, garage, shed, ...) is skipped by type.
     */
    public static final Set<String> RESIDENTIAL = Set.of(
            "yes",
            "house",
            "residential",
            "apartments",
            "detached",
            "semidetached_house",
            "terrace",
            "dormitory",
            "bungalow",
            "farm",
            "hut",
            "cabin");

    static final int MAX_LEVELS = 50;

    /**
     * Estimation parameters. Immutable.
     *
     * @param floorAreaPerPersonSquareMetres gross floor area per resident, in 5..500 m²; the default
     *     35 m² is an assumption in the range of published per-capita housing floor areas, not a
     *     measured figure, to be replaced by local figures
     * @param olderShare share of residents aged 60 or over, in 0..1; the default 0.149 is the share
     *     of Yunnan's population aged 60+ in the 2020 (seventh) census as publicly reported, an
     *     assumption to be replaced by the figure of the county or township at hand
     */
    public record Options(double floorAreaPerPersonSquareMetres, double olderShare) {
        public Options {
            if (!(floorAreaPerPersonSquareMetres >= 5 && floorAreaPerPersonSquareMetres <= 500)) {
                throw new IllegalArgumentException(
                        "floorAreaPerPersonSquareMetres must be in 5..500, was " + floorAreaPerPersonSquareMetres);
            }
            if (!(olderShare >= 0 && olderShare <= 1)) {
                throw new IllegalArgumentException("olderShare must be in 0..1, was " + olderShare);
            }
        }

        /** Returns 35 m² a person and an older share of 0.149. */
        public static Options defaults() {
            return new Options(35, 0.149);
        }

        public Options withFloorAreaPerPersonSquareMetres(double squareMetres) {
            return new Options(squareMetres, olderShare);
        }

        public Options withOlderShare(double share) {
            return new Options(floorAreaPerPersonSquareMetres, share);
        }
    }

    /**
     * The homes found and what was left out. Every building way seen is counted exactly once: kept,
     * skipped by type, skipped as not closed, or skipped for nodes missing from the file (a building
     * cut by the extract's edge). Immutable.
     *
     * @param points one per kept building, in file order
     * @param buildingsSeen ways tagged {@code building=*} other than {@code no}
     * @param skippedByType buildings whose type is not in {@link #RESIDENTIAL}
     * @param skippedNotClosed residential buildings whose way is not a closed ring of ≥ 3 nodes
     * @param skippedMissingNodes closed residential buildings with a node absent from the file
     */
    public record Result(
            List<DemandPoint> points,
            int buildingsSeen,
            int skippedByType,
            int skippedNotClosed,
            int skippedMissingNodes) {
        public Result {
            points = List.copyOf(points);
            if (skippedByType < 0 || skippedNotClosed < 0 || skippedMissingNodes < 0) {
                throw new IllegalArgumentException("skipped counts must be >= 0, were " + skippedByType + ", "
                        + skippedNotClosed + ", " + skippedMissingNodes);
            }
            int accounted = points.size() + skippedByType + skippedNotClosed + skippedMissingNodes;
            if (buildingsSeen != accounted) {
                throw new IllegalArgumentException(
                        "buildingsSeen must equal kept + skipped (" + accounted + "), was " + buildingsSeen);
            }
        }

        /** Returns the number of buildings kept, the size of {@link #points()}. */
        public int kept() {
            return points.size();
        }
    }

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private OsmBuildingDemand() {}

    /** Reads buildings with {@link Options#defaults()}; see {@link #read(Path, Options)}. */
    public static Result read(Path osm) throws IOException {
        return read(osm, Options.defaults());
    }

    /**
     * Reads the residential buildings of an OSM file ({@code .osm.pbf}, {@code .pbf}, {@code .osm}
     * or {@code .osm.gz}) in two passes, so that only the buildings' nodes are held in memory: the
     * first pass reads ways and records the nodes of closed residential buildings, the second
     * reads those nodes' coordinates.
     *
     * @return the estimated homes and the counts of what was skipped; no points when the file has
     *     no residential buildings
     * @throws IllegalArgumentException when the file does not exist or has another extension
     * @throws DataFileException when the file is not readable as OSM, naming the file and, for XML,
     *     the line. A damaged PBF block is reported by GraphHopper's reader thread on standard
     *     error and the file is read up to it.
     * @throws IOException when the file cannot be read
     */
    public static Result read(Path osm, Options options) throws IOException {
        checkFile(osm);
        List<Building> buildings = new ArrayList<>();
        LongIntHashMap nodeSlots = new LongIntHashMap();
        int[] counts = new int[3]; // seen, skipped by type, not closed
        scan(osm, new SkipOptions(true, false, true), e -> {
            if (e.getType() != ReaderElement.Type.WAY || !e.hasTags()) {
                return;
            }
            String building = e.getTag("building");
            if (building == null || building.equals("no")) {
                return;
            }
            counts[0]++;
            if (!RESIDENTIAL.contains(building)) {
                counts[1]++;
                return;
            }
            ReaderWay way = (ReaderWay) e;
            LongArrayList refs = way.getNodes();
            if (refs.size() < 4 || refs.get(0) != refs.get(refs.size() - 1)) {
                counts[2]++;
                return;
            }
            long[] nodeIds = refs.toArray();
            for (long id : nodeIds) {
                if (!nodeSlots.containsKey(id)) {
                    nodeSlots.put(id, nodeSlots.size());
                }
            }
            buildings.add(new Building(way.getId(), nodeIds, levels(way.getTag("building:levels"))));
        });
        double[] lons = new double[nodeSlots.size()];
        double[] lats = new double[nodeSlots.size()];
        Arrays.fill(lons, Double.NaN);
        Arrays.fill(lats, Double.NaN);
        if (!nodeSlots.isEmpty()) {
            scan(osm, new SkipOptions(false, true, true), e -> {
                if (e.getType() == ReaderElement.Type.NODE) {
                    int slot = nodeSlots.getOrDefault(e.getId(), -1);
                    if (slot >= 0) {
                        lons[slot] = ((ReaderNode) e).getLon();
                        lats[slot] = ((ReaderNode) e).getLat();
                    }
                }
            });
        }
        List<DemandPoint> points = new ArrayList<>();
        int missingNodes = 0;
        for (Building b : buildings) {
            Coordinate[] ring = new Coordinate[b.nodeIds().length];
            boolean complete = true;
            for (int i = 0; i < ring.length && complete; i++) {
                int slot = nodeSlots.get(b.nodeIds()[i]);
                complete = !Double.isNaN(lons[slot]);
                ring[i] = new Coordinate(lons[slot], lats[slot]);
            }
            if (!complete) {
                missingNodes++;
                continue;
            }
            points.add(estimate(b, ring, options));
        }
        return new Result(points, counts[0], counts[1], counts[2], missingNodes);
    }

    /** Returns the demand of one building from its closed lon/lat ring. */
    private static DemandPoint estimate(Building b, Coordinate[] ring, Options options) {
        Polygon footprint = WGS84.createPolygon(ring);
        Coordinate centroid = footprint.getCentroid().getCoordinate();
        double population =
                footprintSquareMetres(ring, centroid) * b.levels() / options.floorAreaPerPersonSquareMetres();
        return new DemandPoint(
                "way/" + b.id(),
                centroid.x,
                centroid.y,
                population,
                population * options.olderShare(),
                "",
                "estimated");
    }

    /** Returns the area of a closed lon/lat ring in m², projected around {@code centre}. */
    static double footprintSquareMetres(Coordinate[] ring, Coordinate centre) {
        LocalMetres metres = new LocalMetres(centre.x, centre.y);
        Coordinate[] projected = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            projected[i] = new Coordinate(metres.x(ring[i].x), metres.y(ring[i].y));
        }
        return Area.ofRing(projected);
    }

    /** Returns {@code building:levels} as 1..50, or 1 when absent or not a number. */
    static int levels(String tag) {
        if (tag == null) {
            return 1;
        }
        try {
            double v = Double.parseDouble(tag.trim());
            return Double.isFinite(v) ? (int) Math.max(1, Math.min(MAX_LEVELS, Math.round(v))) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A closed residential building way as kept between the two passes. */
    private record Building(long id, long[] nodeIds, int levels) {}

    private static void checkFile(Path osm) {
        String name = osm.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz"))) {
            throw new IllegalArgumentException(
                    "osm file must end in .osm.pbf, .pbf, .osm or .osm.gz, was " + osm.getFileName());
        }
        if (!Files.isRegularFile(osm)) {
            throw new IllegalArgumentException("osm file " + osm + " does not exist");
        }
    }

    /** Passes every element of the file to {@code visitor}, turning parse failures into DataFileException. */
    private static void scan(Path osm, SkipOptions skip, Consumer<ReaderElement> visitor) throws IOException {
        String name = osm.getFileName().toString();
        OSMInputFile in;
        try {
            in = new OSMInputFile(osm.toFile());
        } catch (IllegalArgumentException e) {
            throw new DataFileException(name + ": not an OSM file (" + e.getMessage() + ")");
        }
        try (in) {
            in.setWorkerThreads(1).setSkipOptions(skip).open();
            ReaderElement e;
            while ((e = in.getNext()) != null) {
                visitor.accept(e);
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String line = at == null ? "" : ":" + at.getLineNumber();
            throw new DataFileException(name + line + ": not well-formed OSM XML: " + reason(e));
        } catch (IllegalArgumentException e) {
            // GraphHopper's XML reader: a root element other than <osm>, or an id/lat/lon not a number
            throw new DataFileException(name + ": not readable as OSM: " + e.getMessage());
        }
    }

    /** Returns the parser's own reason without the "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).trim() : m.trim();
    }
}
