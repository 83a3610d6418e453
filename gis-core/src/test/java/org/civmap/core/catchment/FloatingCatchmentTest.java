package org.civmap.core.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.Facility;
import org.civmap.core.coverage.WalkOptions;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkCache;
import org.junit.jupiter.api.Test;

/**
 * A worked example, by hand. Facility A has 10 beds, B has 6. Three villages hold 100, 200 and 300
 * older people. Walking minutes: A→(5, 10, 20), B→(25, 8, 12). Catchment: 15 minutes.
 *
 * <pre>
 * 2SFCA  step 1: R_A = 10 / (100 + 200) = 0.033333   R_B = 6 / (200 + 300) = 0.012
 *        step 2: A_1 = R_A = 0.033333, A_2 = R_A + R_B = 0.045333, A_3 = R_B = 0.012
 *                (33.3, 45.3 and 12.0 beds per 1,000 older people)
 * E2SFCA with weights 1 up to 10 min and 0.5 from 10 to 15 min:
 *        step 1: R_A = 10 / (100 + 200)           = 0.033333
 *                R_B = 6 / (200 + 0.5 × 300)      = 0.0171429
 *        step 2: A_1 = 0.033333, A_2 = 0.033333 + 0.0171429 = 0.0504762, A_3 = 0.5 × 0.0171429 = 0.0085714
 * </pre>
 */
class FloatingCatchmentTest {

    static final List<DemandPoint> VILLAGES = List.of(
            new DemandPoint("v1", 102.0, 25.0, 400, 100, "", "observed"),
            new DemandPoint("v2", 102.0, 25.0, 800, 200, "", "observed"),
            new DemandPoint("v3", 102.0, 25.0, 1200, 300, "", "observed"));

    static final TravelCosts MINUTES = TravelCosts.matrix(
            new double[][] {{5 * 60, 10 * 60, 20 * 60}, {25 * 60, 8 * 60, 12 * 60}}, "worked example");

    @Test
    void matchesTheWorkedTwoStepExample() {
        FloatingCatchment.Result r =
                FloatingCatchment.twoStep(List.of(10.0, 6.0), VILLAGES, MINUTES, FloatingCatchment.within(15 * 60));
        assertThat(r.supplyRatio()[0]).isCloseTo(10.0 / 300, within(1e-12));
        assertThat(r.supplyRatio()[1]).isCloseTo(6.0 / 500, within(1e-12));
        assertThat(r.per1000(0)).isCloseTo(33.3333, within(1e-4));
        assertThat(r.per1000(1)).isCloseTo(45.3333, within(1e-4));
        assertThat(r.per1000(2)).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void matchesTheWorkedEnhancedExampleWithStepWeights() {
        FloatingCatchment.Result r = FloatingCatchment.twoStep(
                List.of(10.0, 6.0), VILLAGES, MINUTES, t -> t <= 600 ? 1 : t <= 900 ? 0.5 : 0);
        assertThat(r.accessibility()[0]).isCloseTo(0.0333333, within(1e-7));
        assertThat(r.accessibility()[1]).isCloseTo(0.0504762, within(1e-7));
        assertThat(r.accessibility()[2]).isCloseTo(0.0085714, within(1e-7));
    }

    @Test
    void conservesSupplyWhenEveryoneIsWithinReachOfSomething() {
        // Σ_i P_i·A_i = Σ_j S_j when all demand is reached (a property of 2SFCA with step weights)
        FloatingCatchment.Result r = FloatingCatchment.twoStep(
                List.of(10.0, 6.0),
                VILLAGES,
                TravelCosts.matrix(new double[][] {{60, 60, 60}, {60, 60, 60}}, "all near"),
                FloatingCatchment.within(900));
        double total = 0;
        for (int i = 0; i < VILLAGES.size(); i++) {
            total += VILLAGES.get(i).olderPopulation() * r.accessibility()[i];
        }
        assertThat(total).isCloseTo(16.0, within(1e-9));
    }

    @Test
    void assignsHomesToTheNearestFacilityAndFlagsOverload() {
        List<Catchments.Catchment> c = Catchments.nearest(List.of(10, 600), VILLAGES, MINUTES, 15 * 60, 1.0);
        // v1 → A (5 < 25); v2 → B (8 < 10); v3 → B (12)
        assertThat(c.get(0).demand()).containsExactly(0);
        assertThat(c.get(1).demand()).containsExactly(1, 2);
        assertThat(c.get(0).olderPopulation()).isEqualTo(100);
        assertThat(c.get(0).overloaded()).isTrue(); // 100 older people, 10 places
        assertThat(c.get(1).overloaded()).isFalse(); // 500 older people, 600 places
        assertThat(c.get(1).travelMethod()).isEqualTo("worked example");
    }

    @Test
    void measuresWalkingTimesOnTheRealNetworkOrLabelsTheStraightLineFallback() throws IOException {
        WalkNetwork net = WalkNetworkCache.build(
                Path.of("..", "data", "osm", "andorra.osm.pbf"), Files.createTempDirectory("civmap-2sfca-"), m -> {});
        SnapIndex index = SnapIndex.of(net);
        List<Facility> facilities = List.of(new Facility("a", 1.5218, 42.5063), new Facility("b", 1.5340, 42.5080));
        List<DemandPoint> homes = new ArrayList<>(List.of(
                new DemandPoint("h1", 1.5225, 42.5068, 10, 2, "", "observed"),
                new DemandPoint("h2", 1.5600, 42.5420, 10, 3, "", "observed")));
        TravelCosts walk = TravelCosts.network(index, facilities, homes, WalkOptions.defaults(), 900);
        TravelCosts line = TravelCosts.straightLine(facilities, homes, 1.0);
        assertThat(walk.method()).isEqualTo("network");
        assertThat(line.method()).isEqualTo("straight line");
        // walking is never shorter than the straight line
        assertThat(walk.seconds(0, 0)).isGreaterThanOrEqualTo(line.seconds(0, 0));
        assertThat(walk.seconds(0, 1)).isEqualTo(Double.POSITIVE_INFINITY); // beyond 15 minutes
        FloatingCatchment.Result r =
                FloatingCatchment.twoStep(List.of(20.0, 10.0), homes, walk, FloatingCatchment.within(900));
        assertThat(r.accessibility()[1]).isZero();
        assertThat(r.accessibility()[0]).isGreaterThan(0);
    }

    @Test
    void sharesAUnitsHomesAmongItsFacilitiesInAdministrativeCatchments() {
        List<DemandPoint> homes = List.of(
                new DemandPoint("a", 102, 25, 10, 6, "530102001001", "observed"),
                new DemandPoint("b", 102, 25, 10, 4, "530102002001", "observed"),
                new DemandPoint("c", 102, 25, 10, 8, "", "observed"));
        List<Catchments.Catchment> c =
                Catchments.administrative(List.of("530102001", "530102001", "530102"), List.of(2, 10, 5), homes, 1.0);
        assertThat(c.get(0).olderPopulation()).isEqualTo(3.0); // half of a's 6
        assertThat(c.get(0).overloaded()).isTrue(); // 3 > 2
        assertThat(c.get(1).overloaded()).isFalse();
        // the county's facility serves b (its township has none); a goes to its township's two; c has no code
        assertThat(c.get(2).demand()).containsExactly(1);
        assertThat(c.get(2).olderPopulation()).isEqualTo(4.0);
        assertThat(c.get(2).travelMethod()).isEqualTo("administrative");
    }

    @Test
    void buildsDrivingCatchmentsFromGraphHoppersCarRules() throws IOException {
        WalkNetwork roads = org.civmap.core.network.OsmWalkNetworkReader.readDriving(
                Path.of("..", "data", "osm", "andorra.osm.pbf"), Files.createTempDirectory("civmap-car-"), m -> {});
        SnapIndex index = SnapIndex.of(roads);
        List<Facility> funeral = List.of(new Facility("andorra-la-vella", 1.5218, 42.5063));
        List<DemandPoint> towns = List.of(
                new DemandPoint("escaldes", 1.5340, 42.5080, 100, 20, "", "observed"),
                new DemandPoint("canillo", 1.5990, 42.5670, 100, 30, "", "observed"));
        // costs are seconds at the 1 m/s reference: search at 1 m/s, 30 minutes
        WalkOptions atReference =
                WalkOptions.defaults().withSpeedMetresPerSecond(1.0).withCountSnapDistance(false);
        TravelCosts drive = TravelCosts.network(index, funeral, towns, atReference, 1800);
        TravelCosts walk = TravelCosts.straightLine(funeral, towns, 1.0);
        // driving beats walking the straight line by far, and the farther town takes longer
        assertThat(drive.seconds(0, 0)).isLessThan(walk.seconds(0, 0) / 3);
        assertThat(drive.seconds(0, 1)).isGreaterThan(drive.seconds(0, 0)).isLessThan(1800);
        assertThat(roads.source()).contains("car rules");
    }
}
