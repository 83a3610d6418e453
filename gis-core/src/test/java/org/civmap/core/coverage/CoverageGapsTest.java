package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.civmap.core.network.SnapIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageGapsTest {

    static final double M = WalkCoverageTest.M;

    private static WalkCoverage.Result result() {
        SnapIndex index = SnapIndex.of(WalkCoverageTest.street());
        List<DemandPoint> homes = List.of(
                new DemandPoint("near", 100 / M, 0, 10, 4, "530102", "observed"),
                new DemandPoint("far1", 800 / M, 0, 10, 5, "530102", "observed"),
                new DemandPoint("far2", 850 / M, 0, 10, 6, "", "observed"),
                new DemandPoint("far3", 1000 / M, 0, 10, 2, "", "observed"));
        return WalkCoverage.compute(
                index,
                List.of(new Facility("west", 0, 0)),
                homes,
                WalkOptions.defaults().withWalkMinutes(10));
    }

    @Test
    void mergesNearbyUncoveredHomesIntoOneGapWithTheirOlderPopulation() {
        List<CoverageGaps.Gap> gaps = CoverageGaps.find(result(), 100);
        // far1 and far2 are 50 m apart (one gap); far3 is 150 m from far2 (its discs overlap too: < 200 m)
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).demandPoints()).isEqualTo(3);
        assertThat(gaps.get(0).olderPopulation()).isEqualTo(13);
        List<CoverageGaps.Gap> tight = CoverageGaps.find(result(), 30);
        assertThat(tight).extracting(CoverageGaps.Gap::olderPopulation).containsExactly(11.0, 2.0);
    }

    @Test
    void summarisesByDivisionCodeOrPolygon() throws ParseException {
        var polygon = new WKTReader().read("POLYGON ((0 -0.01, 0.0085 -0.01, 0.0085 0.01, 0 0.01, 0 -0.01))");
        List<CoverageSummary.Row> rows = CoverageSummary.byDivision(result(), Map.of("530103", polygon));
        assertThat(rows).extracting(CoverageSummary.Row::divisionCode).containsExactly("530102", "530103", "unknown");
        assertThat(rows.get(0).olderPopulation()).isEqualTo(9);
        assertThat(rows.get(0).coveredOlderPopulation()).isEqualTo(4);
        assertThat(rows.get(0).share()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(rows.get(1).olderPopulation()).isEqualTo(6); // far2 at 850 m lies inside x < 0.0085°
        assertThat(rows.get(2).olderPopulation()).isEqualTo(2);
    }
}
