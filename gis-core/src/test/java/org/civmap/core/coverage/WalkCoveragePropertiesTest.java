package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties that hold for any facilities and homes, checked on Andorra with seeded random cases. */
class WalkCoveragePropertiesTest {

    static SnapIndex index;
    static WalkNetwork net;

    @BeforeAll
    static void buildAndorra() throws IOException {
        net = WalkNetworkCache.build(
                Path.of("..", "data", "osm", "andorra.osm.pbf"), Files.createTempDirectory("civmap-prop-"), m -> {});
        index = SnapIndex.of(net);
    }

    private static List<Facility> facilities(Random r, int n) {
        List<Facility> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int node = r.nextInt(net.nodeCount());
            out.add(new Facility("f" + i, net.lon(node), net.lat(node)));
        }
        return out;
    }

    private static List<DemandPoint> homes(Random r, int n) {
        List<DemandPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int node = r.nextInt(net.nodeCount());
            // up to ~100 m off the network
            out.add(new DemandPoint(
                    "h" + i,
                    net.lon(node) + (r.nextDouble() - 0.5) * 0.002,
                    net.lat(node) + (r.nextDouble() - 0.5) * 0.002,
                    10,
                    2,
                    "",
                    "synthetic"));
        }
        return out;
    }

    @Test
    void addingAFacilityNeverLowersCoverageNorLengthensAnyWalk() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            List<Facility> fs = facilities(r, 1 + r.nextInt(10));
            List<DemandPoint> hs = homes(r, 200);
            WalkOptions o = WalkOptions.defaults().withWalkMinutes(5 + r.nextInt(20));
            WalkCoverage.Result before = WalkCoverage.compute(index, fs, hs, o);
            List<Facility> more = new ArrayList<>(fs);
            more.addAll(facilities(r, 1));
            WalkCoverage.Result after = WalkCoverage.compute(index, more, hs, o);
            assertThat(after.totals().covered())
                    .as("seed %d", seed)
                    .isGreaterThanOrEqualTo(before.totals().covered());
            for (int i = 0; i < hs.size(); i++) {
                assertThat(after.assignments().get(i).seconds())
                        .as("seed %d home %d", seed, i)
                        .isLessThanOrEqualTo(before.assignments().get(i).seconds());
            }
        }
    }

    @Test
    void aLargerBudgetNeverCoversFewerHomes() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            List<Facility> fs = facilities(r, 1 + r.nextInt(10));
            List<DemandPoint> hs = homes(r, 200);
            int previous = -1;
            for (int minutes = 1; minutes <= 30; minutes += 3) {
                int covered = WalkCoverage.compute(
                                index, fs, hs, WalkOptions.defaults().withWalkMinutes(minutes))
                        .totals()
                        .covered();
                assertThat(covered).as("seed %d, %d min", seed, minutes).isGreaterThanOrEqualTo(previous);
                previous = covered;
            }
        }
    }

    @Test
    void anyHomeWithinTheBudgetIsInsideItsFacilitysIsochrone() {
        Random r = new Random(99);
        List<Facility> fs = facilities(r, 1);
        List<DemandPoint> hs = homes(r, 400);
        WalkOptions o = WalkOptions.defaults().withWalkMinutes(10);
        WalkCoverage.Result result = WalkCoverage.compute(index, fs, hs, o);
        var polygon = new IsochroneBuilder(index, 150)
                .around(fs.get(0).lon(), fs.get(0).lat(), List.of(10.0), o)
                .get(0)
                .polygon();
        var factory = new org.locationtech.jts.geom.GeometryFactory();
        int inside = 0;
        for (WalkCoverage.Assignment a : result.assignments()) {
            if (a.covered()) {
                // covered homes are at most ~71 m off the network (the random offset), well within 150 m
                assertThat(polygon.covers(factory.createPoint(new org.locationtech.jts.geom.Coordinate(
                                a.demand().lon(), a.demand().lat()))))
                        .as(a.demand().id())
                        .isTrue();
                inside++;
            }
        }
        assertThat(inside).isGreaterThan(0);
    }
}
