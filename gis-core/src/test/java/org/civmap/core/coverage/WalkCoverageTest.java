package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkBuilder;
import org.junit.jupiter.api.Test;

class WalkCoverageTest {

    /** Metres per degree of latitude on the IUGG mean sphere. */
    static final double M = 6_371_008.8 * Math.PI / 180;

    /**
     * A straight street along the equator: nodes every 100 m from x=0 to x=1000 m, two-way, with
     * the stretch 500–600 m being steps (speed factor 0.4).
     */
    static WalkNetwork street() {
        WalkNetworkBuilder b = new WalkNetworkBuilder();
        for (int i = 0; i <= 10; i++) {
            b.addNode(i * 100 / M, 0);
        }
        for (int i = 0; i < 10; i++) {
            b.addSegment(i, i + 1, i == 5 ? 0.4 : 1.0, true, true);
        }
        return b.build("test street");
    }

    static DemandPoint home(String id, double xMetres, double yMetres, double older) {
        return new DemandPoint(id, xMetres / M, yMetres / M, older * 3, older, "", "observed");
    }

    @Test
    void assignsEachHomeToTheNearestFacilityByWalkingTimeWorkedOutByHand() {
        SnapIndex index = SnapIndex.of(street());
        List<Facility> facilities = List.of(new Facility("west", 0, 0), new Facility("east", 1000 / M, 0));
        List<DemandPoint> homes = List.of(
                home("a", 250, 0, 10), // 250 s from west, 750+150 from east
                home("b", 650, 0, 20), // west: 500 + 250 (steps) + 50 = 800 s; east: 350 s
                home("c", 450, 30, 5)); // 30 m off the street: 450 + 30 = 480 s from west
        WalkCoverage.Result r = WalkCoverage.compute(
                index, facilities, homes, WalkOptions.defaults().withWalkMinutes(6));
        List<WalkCoverage.Assignment> a = r.assignments();
        assertThat(a.get(0).facilityIndex()).isEqualTo(0);
        assertThat(a.get(0).seconds()).isCloseTo(250, within(0.5));
        assertThat(a.get(1).facilityIndex()).isEqualTo(1);
        assertThat(a.get(1).seconds()).isCloseTo(350, within(0.5));
        assertThat(a.get(2).seconds()).isCloseTo(480, within(0.5));
        assertThat(a.get(2).snapMetres()).isCloseTo(30, within(0.01));
        assertThat(a.get(2).status()).isEqualTo(WalkCoverage.Status.BEYOND_BUDGET); // 6 min = 360 s
        assertThat(r.totals().coveredOlderPopulation()).isEqualTo(30);
        assertThat(r.totals().olderShareCovered()).isCloseTo(30.0 / 35, within(1e-9));
    }

    @Test
    void makesStepsSlowerThanFlatGround() {
        SnapIndex index = SnapIndex.of(street());
        WalkCoverage.Result r = WalkCoverage.compute(
                index, List.of(new Facility("west", 0, 0)), List.of(home("end", 1000, 0, 1)), WalkOptions.defaults());
        // 900 m flat at 1 m/s plus 100 m of steps at 0.4 m/s
        assertThat(r.assignments().get(0).seconds()).isCloseTo(900 + 250, within(0.5));
    }

    @Test
    void reportsPointsTooFarFromTheNetworkInsteadOfDroppingThem() {
        SnapIndex index = SnapIndex.of(street());
        WalkCoverage.Result r = WalkCoverage.compute(
                index,
                List.of(new Facility("west", 0, 0), new Facility("lost", 0, 0.01)),
                List.of(home("far", 500, 400, 7)),
                WalkOptions.defaults());
        assertThat(r.facilities().get(1).status()).isEqualTo(WalkCoverage.Status.TOO_FAR_FROM_NETWORK);
        assertThat(r.assignments().get(0).status()).isEqualTo(WalkCoverage.Status.TOO_FAR_FROM_NETWORK);
        assertThat(r.totals().tooFarFromNetwork()).isEqualTo(1);
        assertThat(r.totals().olderPopulation()).isEqualTo(7);
    }

    @Test
    void respectsOneWaySegments() {
        WalkNetworkBuilder b = new WalkNetworkBuilder();
        int a = b.addNode(0, 0);
        int c = b.addNode(100 / M, 0);
        b.addSegment(a, c, 1.0, false, true); // walkable only from c to a
        SnapIndex index = SnapIndex.of(b.build("one way"));
        WalkCoverage.Result r = WalkCoverage.compute(
                index, List.of(new Facility("at-a", 0, 0)), List.of(home("at-c", 100, 0, 1)), WalkOptions.defaults());
        assertThat(r.assignments().get(0).status()).isEqualTo(WalkCoverage.Status.UNREACHED);
    }
}
