package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civmap.core.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandReaderTest {

    @Test
    void readsCsvWithOptionalDivisionAndOrigin(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(
                dir.resolve("homes.csv"),
                "id,lon,lat,population,older_population,division_code,origin\n"
                        + "翠湖1号,102.70,25.05,4,2,530102,\n"
                        + "b,102.71,25.06,3,0,,synthetic\n");
        List<DemandPoint> d = DemandReader.read(f);
        assertThat(d).extracting(DemandPoint::id).containsExactly("翠湖1号", "b");
        assertThat(d.get(0).divisionCode()).isEqualTo("530102");
        assertThat(d.get(0).origin()).isEqualTo("observed");
        assertThat(d.get(1).origin()).isEqualTo("synthetic");
    }

    @Test
    void readsGeoJsonPointsDefaultingTheIdToTheFeatureIndex(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(
                dir.resolve("homes.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"population\":5,\"older_population\":1},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[102.7,25.0]}}]}");
        assertThat(DemandReader.read(f)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("0");
            assertThat(p.olderPopulation()).isEqualTo(1);
        });
    }

    @Test
    void reportsEveryBadRowAndReturnsNothing(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(
                dir.resolve("bad.csv"),
                "id,lon,lat,population,older_population\n"
                        + "a,102.7,25.0,NaN,1\n"
                        + "a,102.7,25.0,3,1\n"
                        + "a,102.7,25.0,3,1\n"
                        + "c,102.7,25.0,-1,0\n"
                        + ",102.7,25.0,1,0\n");
        assertThatThrownBy(() -> DemandReader.read(f))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "bad.csv:2: population must be a number, was 'NaN'",
                                        "bad.csv:3: duplicate id 'a'",
                                        "bad.csv:4: duplicate id 'a'",
                                        "bad.csv:5: demand c: population must be >= 0, was -1.0",
                                        "bad.csv:6: id must not be empty"));
    }
}
