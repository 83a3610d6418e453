package org.civmap.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civmap.core.coverage.CoverageGaps;
import org.civmap.core.coverage.CoverageGeoJson;
import org.civmap.core.coverage.CoverageSummary;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.DemandReader;
import org.civmap.core.coverage.FacilityPoints;
import org.civmap.core.coverage.IsochroneBuilder;
import org.civmap.core.coverage.OsmBuildingDemand;
import org.civmap.core.coverage.WalkCoverage;
import org.civmap.core.coverage.WalkOptions;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkCache;

/** The walking-network subcommands; they run the engine directly, without the web service. */
final class WalkCommands {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WalkCommands() {}

    /** {@code network build --osm FILE --out DIR}. */
    static int networkBuild(Deque<String> rest, PrintStream out) throws IOException {
        if (rest.isEmpty() || !rest.poll().equals("build")) {
            throw new Cli.UsageException("usage: network build --osm FILE --out DIR [--mode walk|drive]");
        }
        Map<String, String> o = Cli.options(rest, Set.of("--osm", "--out", "--mode"), Set.of());
        Path osm = Path.of(required(o, "--osm"));
        Path dir = Path.of(required(o, "--out"));
        String mode = o.getOrDefault("--mode", "walk");
        if (!mode.equals("walk") && !mode.equals("drive")) {
            throw new Cli.UsageException("--mode must be walk or drive, was '" + mode + "'");
        }
        long t0 = System.nanoTime();
        WalkNetwork net = WalkNetworkCache.build(osm, dir, mode.equals("drive"), m -> out.println("network: " + m));
        long t1 = System.nanoTime();
        WalkNetworkCache.load(dir);
        long t2 = System.nanoTime();
        out.printf(
                "network: %d nodes, %d arcs, %.1f MiB of arrays; loading the cache takes %.1f%% of the build time%n",
                net.nodeCount(), net.arcCount(), net.arrayBytes() / 1048576.0, 100.0 * (t2 - t1) / (t1 - t0));
        return 0;
    }

    /** {@code coverage walk --network DIR --facilities F --demand D --minutes 15 --out OUT}. */
    static int coverageWalk(Deque<String> rest, PrintStream out) throws IOException {
        if (rest.isEmpty() || !rest.poll().equals("walk")) {
            throw new Cli.UsageException("usage: coverage walk --network DIR --facilities F --demand D [--minutes 15]"
                    + " [--speed-mps 1.0] [--max-snap-metres 300] [--gap-radius-metres 100] --out OUT.geojson");
        }
        Map<String, String> o = Cli.options(
                rest,
                Set.of(
                        "--network",
                        "--facilities",
                        "--demand",
                        "--minutes",
                        "--speed-mps",
                        "--max-snap-metres",
                        "--gap-radius-metres",
                        "--out"),
                Set.of());
        WalkNetwork net = WalkNetworkCache.load(Path.of(required(o, "--network")));
        WalkOptions options = options(o);
        List<DemandPoint> demand = demand(Path.of(required(o, "--demand")), out);
        WalkCoverage.Result r = WalkCoverage.compute(
                SnapIndex.of(net), FacilityPoints.read(Path.of(required(o, "--facilities"))), demand, options);
        List<CoverageGaps.Gap> gaps = CoverageGaps.find(r, number(o, "--gap-radius-metres", 100));
        Path target = Path.of(required(o, "--out"));
        JSON.writeValue(target.toFile(), CoverageGeoJson.coverage(r, gaps, CoverageSummary.byDivision(r, Map.of())));
        out.printf(
                "coverage: %d of %d homes within %.0f min (%.1f%% of the older population); %d too far from the"
                        + " network; %d gap areas; written to %s%n",
                r.totals().covered(),
                r.totals().demandPoints(),
                options.walkMinutes(),
                100 * r.totals().olderShareCovered(),
                r.totals().tooFarFromNetwork(),
                gaps.size(),
                target);
        return 0;
    }

    /** {@code isochrone --network DIR --at LON,LAT --minutes 5,10,15 [--out FILE]}. */
    static int isochrone(Deque<String> rest, PrintStream out) throws IOException {
        Map<String, String> o = Cli.options(
                rest, Set.of("--network", "--at", "--minutes", "--speed-mps", "--max-snap-metres", "--out"), Set.of());
        WalkNetwork net = WalkNetworkCache.load(Path.of(required(o, "--network")));
        String[] at = required(o, "--at").split(",");
        if (at.length != 2) {
            throw new Cli.UsageException("--at must be LON,LAT, was '" + o.get("--at") + "'");
        }
        List<Double> minutes = new ArrayList<>();
        for (String m : o.getOrDefault("--minutes", "5,10,15").split(",")) {
            minutes.add(parse("--minutes", m));
        }
        List<IsochroneBuilder.Band> bands = new IsochroneBuilder(SnapIndex.of(net))
                .around(parse("--at", at[0]), parse("--at", at[1]), minutes, options(o));
        String json = JSON.writeValueAsString(CoverageGeoJson.isochrones(bands));
        if (o.containsKey("--out")) {
            Files.writeString(Path.of(o.get("--out")), json);
            out.println("isochrone: " + bands.size() + " bands written to " + o.get("--out"));
        } else {
            out.println(json);
        }
        return 0;
    }

    private static List<DemandPoint> demand(Path file, PrintStream out) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz")) {
            OsmBuildingDemand.Result r = OsmBuildingDemand.read(file, OsmBuildingDemand.Options.defaults());
            out.println("demand: " + r.points().size() + " residential buildings, population estimated from footprints"
                    + " (origin=estimated)");
            return r.points();
        }
        return DemandReader.read(file);
    }

    private static WalkOptions options(Map<String, String> o) {
        return WalkOptions.defaults()
                .withWalkMinutes(
                        o.containsKey("--minutes") && !o.get("--minutes").contains(",")
                                ? parse("--minutes", o.get("--minutes"))
                                : 15)
                .withSpeedMetresPerSecond(number(o, "--speed-mps", 1.0))
                .withMaxSnapMetres(number(o, "--max-snap-metres", 300));
    }

    static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null || v.isBlank()) {
            throw new Cli.UsageException(name + " is required");
        }
        return v;
    }

    static double number(Map<String, String> o, String name, double fallback) {
        return o.containsKey(name) ? parse(name, o.get(name)) : fallback;
    }

    static double parse(String name, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new Cli.UsageException(name + " must be a number, was '" + value + "'");
        }
    }
}
