package org.civmap.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageCheckTest {

    private static DivisionBoundary b(String code, String wkt) throws ParseException {
        return new DivisionBoundary(code, new WKTReader().read(wkt), "test");
    }

    @Test
    void acceptsNeighboursThatShareAnEdgeExactly() throws ParseException {
        CoverageCheck.Report r = CoverageCheck.check(
                List.of(
                        b("1", "POLYGON ((100 25, 100.01 25, 100.01 25.01, 100 25.01, 100 25))"),
                        b("2", "POLYGON ((100.01 25, 100.02 25, 100.02 25.01, 100.01 25.01, 100.01 25))")),
                100);
        assertThat(r.polygonsWithInvalidEdges()).isZero();
        assertThat(r.overlappingPairs()).isZero();
        assertThat(r.gaps()).isZero();
    }

    @Test
    void measuresOverlapsInSquareMetres() throws ParseException {
        // 0.001° × 0.01° strip at 25°N: 111.32 m × cos(25°) × 1113.2 m ≈ 112,300 m²
        CoverageCheck.Report r = CoverageCheck.check(
                List.of(
                        b("1", "POLYGON ((100 25, 100.011 25, 100.011 25.01, 100 25.01, 100 25))"),
                        b("2", "POLYGON ((100.01 25, 100.02 25, 100.02 25.01, 100.01 25.01, 100.01 25))")),
                100);
        assertThat(r.overlappingPairs()).isEqualTo(1);
        assertThat(r.overlapAreaSquareMetres()).isCloseTo(112_300, within(1_000.0));
        assertThat(r.polygonsWithInvalidEdges()).isEqualTo(2);
    }

    @Test
    void findsNarrowGapsBetweenNeighbours() throws ParseException {
        // a 0.0002° (≈ 20 m) sliver between two squares whose edges match their neighbours' vertices, narrower than the
        // 100 m gap width
        CoverageCheck.Report r = CoverageCheck.check(
                List.of(
                        b("1", "POLYGON ((100 25, 100.01 25, 100.01 25.01, 100 25.01, 100 25))"),
                        b("2", "POLYGON ((100.0102 25, 100.02 25, 100.02 25.01, 100.0102 25.01, 100.0102 25))"),
                        b(
                                "3",
                                "POLYGON ((100 25.01, 100.01 25.01, 100.0102 25.01, 100.02 25.01, 100.02 25.02, 100 25.02, 100 25.01))"),
                        b(
                                "4",
                                "POLYGON ((100 24.99, 100.02 24.99, 100.02 25, 100.0102 25, 100.01 25, 100 25, 100 24.99))")),
                100);
        assertThat(r.gaps()).isEqualTo(1);
        assertThat(r.gapAreaSquareMetres()).isCloseTo(22_460, within(500.0));
    }
}
