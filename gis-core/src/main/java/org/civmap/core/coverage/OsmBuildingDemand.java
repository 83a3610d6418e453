package org.civmap.core.coverage;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Derives demand points from OpenStreetMap residential buildings: each closed {@code building=*} way
 * of a residential type becomes a point at its footprint's centroid, with a population estimated as
 * footprint area × levels ÷ floor area per person, and an older population as a share of that.
 * Both figures are assumptions (see {@link Options}), so every point is marked {@code estimated}.
 * Stateless.
 */
public final class OsmBuildingDemand {

    /**
     * Building values counted as homes. Unknown purpose ({@code yes}) is counted: in OSM most homes
     * are tagged just {@code building=yes}.
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

    /**
     * Estimation parameters. Immutable.
     *
     * @param floorAreaPerPersonSquareMetres gross floor area per resident; 35 m² is an assumption in
     *     the range of published per-capita housing floor areas, to be replaced by local figures
     * @param olderShare share of residents aged 60+; 0.149 is Yunnan's share in the 2020 census as
     *     publicly reported, an assumption until local figures are loaded
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

        public static Options defaults() {
            return new Options(35, 0.149);
        }
    }

    /** The homes found and what was skipped. */
    public record Result(List<DemandPoint> points, int buildingsSeen, int skippedByType, int skippedOpenOrIncomplete) {
        public Result {
            points = List.copyOf(points);
        }
    }

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private OsmBuildingDemand() {}

    /**
     * Reads buildings from {@code .osm.pbf}, {@code .osm} or {@code .osm.gz}, in two passes: ways
     * first (to learn which nodes are needed), then those nodes' coordinates.
     */
    public static Result read(Path osm, Options options) throws IOException {
        List<ReaderWay> buildings = new ArrayList<>();
        LongHashSet needed = new LongHashSet();
        int seen = 0, skippedType = 0;
        try (Reader r = new Reader(osm)) {
            ReaderElement e;
            while ((e = r.next()) != null) {
                if (e.getType() != ReaderElement.Type.WAY || !e.hasTags() || e.getTag("building") == null) {
                    continue;
                }
                seen++;
                if (!RESIDENTIAL.contains(e.getTag("building"))) {
                    skippedType++;
                    continue;
                }
                ReaderWay w = (ReaderWay) e;
                buildings.add(w);
                for (int i = 0; i < w.getNodes().size(); i++) {
                    needed.add(w.getNodes().get(i));
                }
            }
        }
        LongObjectHashMap<double[]> coords = new LongObjectHashMap<>();
        try (Reader r = new Reader(osm)) {
            ReaderElement e;
            while ((e = r.next()) != null) {
                if (e.getType() == ReaderElement.Type.NODE && needed.contains(e.getId())) {
                    ReaderNode n = (ReaderNode) e;
                    coords.put(n.getId(), new double[] {n.getLon(), n.getLat()});
                }
            }
        }
        List<DemandPoint> points = new ArrayList<>();
        int open = 0;
        for (ReaderWay w : buildings) {
            LongArrayList ids = w.getNodes();
            if (ids.size() < 4 || ids.get(0) != ids.get(ids.size() - 1)) {
                open++;
                continue;
            }
            Coordinate[] ring = new Coordinate[ids.size()];
            boolean complete = true;
            for (int i = 0; i < ids.size(); i++) {
                double[] c = coords.get(ids.get(i));
                if (c == null) {
                    complete = false;
                    break;
                }
                ring[i] = new Coordinate(c[0], c[1]);
            }
            if (!complete) {
                open++;
                continue;
            }
            Polygon footprint = WGS84.createPolygon(ring);
            Coordinate centroid = footprint.getCentroid().getCoordinate();
            double lat = centroid.y;
            double squareMetres = footprint.getArea()
                    * LocalMetres.METRES_PER_DEGREE
                    * LocalMetres.METRES_PER_DEGREE
                    * Math.cos(Math.toRadians(lat));
            double population = squareMetres * levels(w) / options.floorAreaPerPersonSquareMetres();
            points.add(new DemandPoint(
                    "way/" + w.getId(),
                    centroid.x,
                    centroid.y,
                    population,
                    population * options.olderShare(),
                    "",
                    "estimated"));
        }
        return new Result(points, seen, skippedType, open);
    }

    private static int levels(ReaderWay w) {
        String v = w.getTag("building:levels");
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(50, (int) Math.round(Double.parseDouble(v.trim()))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Wraps OSMInputFile with IOException-only errors. */
    private static final class Reader implements AutoCloseable {
        private final OSMInputFile in;

        Reader(Path osm) throws IOException {
            try {
                in = new OSMInputFile(osm.toFile()).setWorkerThreads(1).open();
            } catch (XMLStreamException e) {
                throw new IOException(osm + ": not readable as OSM: " + e.getMessage(), e);
            }
        }

        ReaderElement next() throws IOException {
            try {
                return in.getNext();
            } catch (XMLStreamException e) {
                throw new IOException("bad OSM XML: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
