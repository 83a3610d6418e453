package org.civmap.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walking subcommands end to end on the real Andorra extract, through the same entry point as ./civmap. */
class WalkCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void buildsANetworkThenComputesCoverageAndIsochrones(@TempDir Path dir) throws IOException {
        Path network = dir.resolve("net");
        assertThat(run("network", "build", "--osm", "../data/osm/andorra.osm.pbf", "--out", network.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("network: 27995 nodes, 56602 arcs");

        Path facilities = Files.writeString(dir.resolve("f.csv"), "id,lon,lat\n中心,1.5218,42.5063\n");
        Path demand = Files.writeString(
                dir.resolve("d.csv"),
                "id,lon,lat,population,older_population,division_code\n"
                        + "a,1.5225,42.5068,10,2,AD07\n"
                        + "b,1.5600,42.5420,8,3,AD02\n");
        Path result = dir.resolve("out.geojson");
        assertThat(run(
                        "coverage",
                        "walk",
                        "--network",
                        network.toString(),
                        "--facilities",
                        facilities.toString(),
                        "--demand",
                        demand.toString(),
                        "--minutes",
                        "10",
                        "--out",
                        result.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("coverage: 1 of 2 homes within 10 min (40.0% of the older population)");
        JsonNode fc = new ObjectMapper().readTree(result.toFile());
        assertThat(fc.get("features").get(0).get("properties").get("facilityId").asText())
                .isEqualTo("中心");
        assertThat(fc.get("byDivision").findValuesAsText("divisionCode")).containsExactly("AD02", "AD07");

        Path iso = dir.resolve("iso.geojson");
        assertThat(run(
                        "isochrone",
                        "--network",
                        network.toString(),
                        "--at",
                        "1.5218,42.5063",
                        "--minutes",
                        "5,10",
                        "--out",
                        iso.toString()))
                .isZero();
        assertThat(new ObjectMapper().readTree(iso.toFile()).get("features").size())
                .isEqualTo(2);
    }

    @Test
    void reportsBadDemandRowsWithFileAndLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path network = dir.resolve("net");
        assertThat(run("network", "build", "--osm", "../data/osm/andorra.osm.pbf", "--out", network.toString()))
                .isZero();
        Path facilities = Files.writeString(dir.resolve("f.csv"), "id,lon,lat\nx,1.5218,42.5063\n");
        Path demand = Files.writeString(
                dir.resolve("d.csv"),
                "id,lon,lat,population,older_population\na,1.52,42.50,ten,2\nb,25.04,102.71,5,1\nc,1.52,42.5,3,4\n");
        Path result = dir.resolve("out.geojson");
        assertThat(run(
                        "coverage",
                        "walk",
                        "--network",
                        network.toString(),
                        "--facilities",
                        facilities.toString(),
                        "--demand",
                        demand.toString(),
                        "--out",
                        result.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("d.csv:2: population must be a number, was 'ten'")
                .contains("d.csv:3: lon/lat look swapped (lon 25.04, lat 102.71): give longitude first")
                .contains("d.csv:4: older_population must not exceed population (3), was '4'");
        assertThat(result).doesNotExist();
    }

    @Test
    void saysWhenNoNetworkWasBuilt(@TempDir Path dir) {
        assertThat(run("isochrone", "--network", dir.toString(), "--at", "1.52,42.50"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no walking network in " + dir);
    }
}
