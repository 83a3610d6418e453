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

    private static final String HEADER = "id,lon,lat,population,older_population\n";

    @TempDir
    Path dir;

    @Test
    void readsCsvWithChineseIdsAndOptionalDivisionAndOrigin() throws IOException {
        Path f = write(
                "homes.csv",
                "id,lon,lat,population,older_population,division_code,origin\n"
                        + "翠湖小区1栋,102.7051,25.0489,4,2,530102,\n"
                        + "官渡村12号, 102.7712 ,24.9853,3.5,0,,synthetic\n");
        assertThat(DemandReader.read(f))
                .containsExactly(
                        new DemandPoint("翠湖小区1栋", 102.7051, 25.0489, 4, 2, "530102", "observed"),
                        new DemandPoint("官渡村12号", 102.7712, 24.9853, 3.5, 0, "", "synthetic"));
    }

    @Test
    void readsCsvWithoutOptionalColumnsInAnyColumnOrder() throws IOException {
        Path f = write("homes.CSV", "lat,lon,older_population,population,id,note\n25.0,102.7,1,2,甲,备注\n");
        assertThat(DemandReader.read(f)).containsExactly(new DemandPoint("甲", 102.7, 25.0, 2, 1, "", "observed"));
    }

    @Test
    void readsGeoJsonPointsDefaultingTheIdToTheFeatureIndex() throws IOException {
        Path f = write(
                "homes.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + feature("{\"population\":5,\"older_population\":1}", point(102.7, 25.0)) + ","
                        + feature(
                                "{\"id\":\"五华区敬老院\",\"population\":\"12\",\"older_population\":9,"
                                        + "\"division_code\":\"530102\",\"origin\":\"estimated\"}",
                                point(102.71, 25.04))
                        + "]}");
        assertThat(DemandReader.read(f))
                .containsExactly(
                        new DemandPoint("0", 102.7, 25.0, 5, 1, "", "observed"),
                        new DemandPoint("五华区敬老院", 102.71, 25.04, 12, 9, "530102", "estimated"));
    }

    @Test
    void readsJsonExtensionAsGeoJson() throws IOException {
        Path f = write(
                "homes.json",
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + feature("{\"id\":\"a\",\"population\":1,\"older_population\":0}", point(100.2, 26.8))
                        + "]}");
        assertThat(DemandReader.read(f)).containsExactly(new DemandPoint("a", 100.2, 26.8, 1, 0, "", "observed"));
    }

    @Test
    void returnsNothingForAHeaderOnlyCsv() throws IOException {
        assertThat(DemandReader.read(write("empty.csv", HEADER))).isEmpty();
    }

    @Test
    void reportsNonNumericNanInfiniteAndMissingFieldsNamingEach() throws IOException {
        Path f = write(
                "bad.csv",
                HEADER + "a,102.7,25.0,NaN,1\n" + "b,東經,25.0,3,1\n" + "c,102.7,,3,1\n" + "d,102.7,25.0,3,1e999\n"
                        + "e,0x1p3,25.0,3,1\n");
        assertProblems(
                f,
                "bad.csv:2: population must be a finite number, was 'NaN'",
                "bad.csv:3: lon must be a number, was '東經'",
                "bad.csv:4: lat is missing",
                "bad.csv:5: older_population must be a finite number, was '1e999'",
                "bad.csv:6: lon must be a number, was '0x1p3'");
    }

    @Test
    void reportsNegativeCountsAndMoreOlderPeopleThanPeople() throws IOException {
        Path f = write("bad.csv", HEADER + "a,102.7,25.0,-1,0\n" + "b,102.7,25.0,3,-2\n" + "c,102.7,25.0,3,5\n");
        assertProblems(
                f,
                "bad.csv:2: population must be >= 0, was '-1'",
                "bad.csv:3: older_population must be >= 0, was '-2'",
                "bad.csv:4: older_population must not exceed population (3), was '5'");
    }

    @Test
    void reportsCoordinatesOutOfRangeAndSwappedOnes() throws IOException {
        Path f = write(
                "bad.csv",
                HEADER + "a,181,25.0,1,0\n" + "b,102.7,-90.5,1,0\n" + "c,25.04,102.71,1,0\n" + "d,200,-95,1,0\n");
        assertProblems(
                f,
                "bad.csv:2: lon must be in -180..180, was '181'",
                "bad.csv:3: lat must be in -90..90, was '-90.5'",
                "bad.csv:4: lon/lat look swapped (lon 25.04, lat 102.71): give longitude first",
                "bad.csv:5: lon must be in -180..180, was '200'",
                "bad.csv:5: lat must be in -90..90, was '-95'");
    }

    @Test
    void reportsEmptyAndDuplicateIdsWithWhereTheIdFirstAppeared() throws IOException {
        Path f = write("bad.csv", HEADER + "张家,102.7,25.0,1,0\n" + ",102.7,25.0,1,0\n" + "张家,102.8,25.1,2,0\n");
        assertProblems(f, "bad.csv:3: id must not be empty", "bad.csv:4: duplicate id '张家' (first at bad.csv:2)");
    }

    @Test
    void reportsAnUnknownOrigin() throws IOException {
        Path f = write("bad.csv", "id,lon,lat,population,older_population,origin\n" + "a,102.7,25.0,1,0,census\n");
        assertProblems(f, "bad.csv:2: origin must be observed, estimated or synthetic, was 'census'");
    }

    @Test
    void reportsEveryProblemOfEveryRowInLineOrderAndReturnsNothing() throws IOException {
        Path f = write(
                "bad.csv",
                HEADER + "ok,102.7,25.0,1,0\n" + "a,abc,25.0,-1,0\n" + "b,102.7,25.0\n" + "ok,102.7,25.0,1,2\n");
        assertProblems(
                f,
                "bad.csv:3: lon must be a number, was 'abc'",
                "bad.csv:3: population must be >= 0, was '-1'",
                "bad.csv:4: expected 5 columns, found 3",
                "bad.csv:5: duplicate id 'ok' (first at bad.csv:2)",
                "bad.csv:5: older_population must not exceed population (1), was '2'");
    }

    @Test
    void reportsBadGeoJsonFeaturesByIndex() throws IOException {
        Path f = write(
                "bad.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + feature(
                                "{\"population\":1,\"older_population\":0}",
                                "{\"type\":\"LineString\",\"coordinates\":[[102.7,25.0],[102.8,25.1]]}")
                        + ","
                        + feature("{\"older_population\":0}", point(102.7, 25.0))
                        + ","
                        + feature("{\"id\":\"0\",\"population\":2,\"older_population\":3}", point(25.0, 102.7))
                        + ","
                        + feature(
                                "{\"population\":1,\"older_population\":0}", "{\"type\":\"Point\",\"coordinates\":[]}")
                        + "]}");
        assertProblems(
                f,
                "bad.geojson#0: geometry must be a non-empty Point, was LineString",
                "bad.geojson#1: population is missing",
                "bad.geojson#2: lon/lat look swapped (lon 25.0, lat 102.7): give longitude first",
                "bad.geojson#2: older_population must not exceed population (2), was '3'",
                "bad.geojson#3: geometry must be a non-empty Point, was empty Point");
    }

    @Test
    void reportsAnIdThatRepeatsAnotherFeaturesDefaultId() throws IOException {
        Path f = write(
                "dup.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + feature("{\"population\":1,\"older_population\":0}", point(102.7, 25.0))
                        + ","
                        + feature("{\"id\":\"0\",\"population\":1,\"older_population\":0}", point(102.7, 25.0))
                        + "]}");
        assertProblems(f, "dup.geojson#1: duplicate id '0' (first at dup.geojson#0)");
    }

    @Test
    void rejectsAnUnknownExtension() throws IOException {
        Path f = write("homes.txt", HEADER);
        assertThatThrownBy(() -> DemandReader.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demand file must end in .csv, .geojson or .json, was homes.txt");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertProblems(Path file, String... expected) {
        assertThatThrownBy(() -> DemandReader.read(file))
                .isInstanceOfSatisfying(
                        DataFileException.class, e -> assertThat(e.problems()).isEqualTo(List.of(expected)));
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }
}
