package org.civmap.core.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civmap.core.coverage.IndicatorCalculator;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.BoundaryReader;
import org.civmap.core.division.DivisionBoundary;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.division.DivisionRegistryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class DemoFacilityGeneratorTest {

    static final Path YUNNAN = Path.of("..", "data", "yunnan");
    static DivisionRegistry registry;
    static Map<String, Geometry> counties;
    static List<FacilityRecord> demo;

    @BeforeAll
    static void generate() {
        registry = DivisionRegistryReader.read(YUNNAN);
        Map<String, String> names =
                registry.at(DivisionLevel.COUNTY).stream().collect(Collectors.toMap(d -> d.code(), d -> d.name()));
        counties = BoundaryReader.read(
                        YUNNAN.resolve("boundaries/counties_gcj02.geojson"), DivisionLevel.COUNTY, names, false)
                .boundaries()
                .stream()
                .collect(Collectors.toMap(DivisionBoundary::code, DivisionBoundary::geometry));
        demo = DemoFacilityGenerator.generate(registry, counties, 2024);
    }

    @Test
    void matchesThePublishedTotalsAndFlagsEveryRecordSynthetic() {
        Map<FacilityKind, Long> byKind =
                demo.stream().collect(Collectors.groupingBy(FacilityRecord::kind, Collectors.counting()));
        assertThat(byKind.get(FacilityKind.FUNERAL_HOME)).isEqualTo(124);
        assertThat(byKind.get(FacilityKind.RURAL_PUBLIC_CEMETERY)).isEqualTo(1128);
        assertThat(byKind.get(FacilityKind.ELDERLY_CANTEEN)).isEqualTo(499);
        assertThat(demo).allSatisfy(f -> {
            assertThat(f.synthetic()).isTrue();
            assertThat(f.name()).endsWith("（示例）");
            assertThat(counties.get(f.divisionCode().substring(0, 6))
                            .covers(new org.locationtech.jts.geom.GeometryFactory()
                                    .createPoint(new org.locationtech.jts.geom.Coordinate(f.lon(), f.lat()))))
                    .as(f.id())
                    .isTrue();
        });
    }

    @Test
    void coversEveryCountyWithAFuneralHomeAsPublishedFor2024() {
        IndicatorDefinition funeral = IndicatorDefinition.read(Path.of("..", "data", "indicators.csv"))
                .get(0);
        IndicatorCalculator.Result r = IndicatorCalculator.compute(funeral, registry, demo, LocalDate.of(2024, 12, 31));
        assertThat(r.rollup("53").numerator()).isEqualTo(129);
        assertThat(r.rollup("53").met()).isTrue();
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(DemoFacilityGenerator.generate(registry, counties, 2024)).isEqualTo(demo);
        assertThat(DemoFacilityGenerator.generate(registry, counties, 7)).isNotEqualTo(demo);
    }

    @Test
    void computesAllIndicatorsForEveryTownshipAndVillageQuickly() {
        List<IndicatorDefinition> all = IndicatorDefinition.read(Path.of("..", "data", "indicators.csv"));
        for (int warm = 0; warm < 3; warm++) {
            all.forEach(i -> IndicatorCalculator.compute(i, registry, demo, LocalDate.of(2025, 1, 1)));
        }
        long t = System.nanoTime();
        int units = 0;
        for (IndicatorDefinition i : all) {
            units += IndicatorCalculator.compute(i, registry, demo, LocalDate.of(2025, 1, 1))
                    .units()
                    .size();
        }
        System.out.printf(
                "indicators: %d indicators over %d counted units in %.1f ms%n",
                all.size(), units, (System.nanoTime() - t) / 1e6);
        assertThat(units).isEqualTo(129 + 1206 + 1429 + 3200 + 129 + 1429 + 1206 + 1429 + 223);
    }
}
