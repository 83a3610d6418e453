package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class IsochroneBuilderTest {

    private static double squareMetres(Geometry g) {
        if (g.isEmpty()) {
            return 0;
        }
        double lat = g.getCentroid().getY();
        return g.getArea()
                * LocalMetres.METRES_PER_DEGREE
                * LocalMetres.METRES_PER_DEGREE
                * Math.cos(Math.toRadians(lat));
    }

    @Test
    void buffersTheReachedStreetAndCutsItWhereTheBudgetRunsOut() {
        SnapIndex index = SnapIndex.of(WalkCoverageTest.street());
        List<IsochroneBuilder.Band> bands =
                new IsochroneBuilder(index, 40).around(0, 0, List.of(5.0, 2.0), WalkOptions.defaults());
        assertThat(bands).extracting(IsochroneBuilder.Band::minutes).containsExactly(2.0, 5.0);
        // 2 min at 1 m/s: 120 m of street, buffered by 40 m; the round caps are 12-gons (3 segments a
        // quarter circle), whose area is 3 r² rather than π r²: 120 × 80 + 3 × 40² = 14,400 m²
        assertThat(squareMetres(bands.get(0).polygon())).isCloseTo(120 * 80 + 3 * 1600, within(20.0));
        // 5 min: 300 m of street
        assertThat(squareMetres(bands.get(1).polygon())).isCloseTo(300 * 80 + 3 * 1600, within(20.0));
        assertThat(bands.get(1).polygon().getEnvelopeInternal().getMaxX() * WalkCoverageTest.M)
                .isCloseTo(340, within(1.0));
    }

    @Test
    void rejectsAPointFarFromTheNetwork() {
        SnapIndex index = SnapIndex.of(WalkCoverageTest.street());
        assertThatThrownBy(() -> new IsochroneBuilder(index).around(0, 0.01, List.of(15.0), WalkOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point 0.000000,0.010000 is farther than 300 m from any walkable way");
    }

    @Test
    void growsWithTheBudgetOnAndorra(@TempDir Path dir) throws IOException {
        WalkNetwork net = WalkNetworkCache.build(Path.of("..", "data", "osm", "andorra.osm.pbf"), dir, p -> {});
        SnapIndex index = SnapIndex.of(net);
        // Andorra la Vella, Plaça del Poble
        List<IsochroneBuilder.Band> bands =
                new IsochroneBuilder(index).around(1.5218, 42.5063, List.of(5.0, 10.0, 15.0), WalkOptions.defaults());
        assertThat(bands.get(0).polygon().isValid()).isTrue();
        // nested, up to the simplification of the reached ways (a tenth of the buffer): under 0.5%
        double area10 = squareMetres(bands.get(1).polygon());
        assertThat(squareMetres(bands.get(1).polygon().difference(bands.get(2).polygon())))
                .isLessThan(0.005 * area10);
        assertThat(squareMetres(bands.get(0).polygon().difference(bands.get(1).polygon())))
                .isLessThan(0.005 * squareMetres(bands.get(0).polygon()));
        assertThat(bands.get(0).reachedNodes()).isLessThan(bands.get(1).reachedNodes());
        assertThat(squareMetres(bands.get(2).polygon())).isBetween(0.3e6, 3.0e6);
    }
}
