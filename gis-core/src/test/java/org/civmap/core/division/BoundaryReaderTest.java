package org.civmap.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civmap.core.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryReaderTest {

    private static final String SQUARE =
            "[[[102.70,25.00],[102.80,25.00],[102.80,25.10],[102.70,25.10],[102.70,25.00]]]";
    private static final String BOWTIE =
            "[[[102.70,25.00],[102.80,25.10],[102.80,25.00],[102.70,25.10],[102.70,25.00]]]";

    private static Path collection(Path dir, String... features) throws IOException {
        Path f = dir.resolve("c.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
        return f;
    }

    private static String feature(String adcode, String name, String coords) {
        return "{\"type\":\"Feature\",\"properties\":{\"adcode\":\"" + adcode + "\",\"name\":\"" + name
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coords + "}}";
    }

    @Test
    void convertsGcj02PolygonsToWgs84() throws IOException {
        Path f = collection(Files.createTempDirectory("b"), feature("530102", "五华区", SQUARE));
        BoundaryReader.Result r = BoundaryReader.read(f, DivisionLevel.COUNTY, Map.of("530102", "五华区"), false);
        assertThat(r.boundaries()).hasSize(1);
        var first = r.boundaries().get(0).geometry().getCoordinates()[0];
        // WGS84 lies west and north of GCJ-02 in Yunnan
        assertThat(first.x).isLessThan(102.70).isGreaterThan(102.69);
        assertThat(first.y).isGreaterThan(25.00).isLessThan(25.01);
        assertThat(r.boundaries().get(0).source()).contains("GCJ-02 converted to WGS84");
    }

    @Test
    void reportsInvalidPolygonsWithTheirFeatureIndex(@TempDir Path dir) throws IOException {
        Path f = collection(dir, feature("530102", "五华区", SQUARE), feature("530103", "盘龙区", BOWTIE));
        assertThatThrownBy(() ->
                        BoundaryReader.read(f, DivisionLevel.COUNTY, Map.of("530102", "五华区", "530103", "盘龙区"), false))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("c.geojson#1 (adcode 530103 盘龙区): invalid polygon: Self-intersection")
                                .endsWith("(use --repair to fix)"));
    }

    @Test
    void repairsInvalidPolygonsOnRequestAndSaysWhatChanged(@TempDir Path dir) throws IOException {
        Path f = collection(dir, feature("530103", "盘龙区", BOWTIE));
        BoundaryReader.Result r = BoundaryReader.read(f, DivisionLevel.COUNTY, Map.of("530103", "盘龙区"), true);
        assertThat(r.boundaries().get(0).geometry().isValid()).isTrue();
        assertThat(r.repairs())
                .singleElement()
                .asString()
                .contains("c.geojson#0")
                .contains("repaired Self-intersection");
    }

    @Test
    void matchesAnOutdatedAdcodeByNameWithinTheSameParentAndNotesIt(@TempDir Path dir) throws IOException {
        Path f = collection(dir, feature("532331", "禄丰市", SQUARE));
        BoundaryReader.Result r = BoundaryReader.read(f, DivisionLevel.COUNTY, Map.of("532302", "禄丰市"), false);
        assertThat(r.boundaries().get(0).code()).isEqualTo("532302");
        assertThat(r.remapped()).singleElement().asString().contains("matched by name to 532302");
    }

    @Test
    void rejectsUnknownAdcodes(@TempDir Path dir) throws IOException {
        Path f = collection(dir, feature("539999", "无此县", SQUARE));
        assertThatThrownBy(() -> BoundaryReader.read(f, DivisionLevel.COUNTY, Map.of("530102", "五华区"), false))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("c.geojson#0 (adcode 539999 无此县): no county 539999 in the registry");
    }
}
