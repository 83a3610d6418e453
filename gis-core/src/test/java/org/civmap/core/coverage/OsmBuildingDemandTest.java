package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civmap.core.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmBuildingDemandTest {

    /** South-west corner of the test house, in Kunming, so that cos(lat) matters. */
    static final double LON0 = 102.7;

    static final double LAT0 = 25.0;

    /** 20 m north–south, in degrees of latitude. */
    static final double DY = 20 / LocalMetres.METRES_PER_DEGREE;

    /** 10 m east–west at the house's centre latitude, in degrees of longitude. */
    static final double DX = 10 / (LocalMetres.METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT0 + DY / 2)));

    @TempDir
    Path dir;

    @Test
    void estimatesAHouseFromFootprintAndLevelsAndCountsWhatItSkips() throws IOException {
        Path file = Files.writeString(
                dir.resolve("tiny.osm"),
                "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n"
                        + node(1, LON0, LAT0) + node(2, LON0 + DX, LAT0) + node(3, LON0 + DX, LAT0 + DY)
                        + node(4, LON0, LAT0 + DY)
                        + node(5, 102.71, 25.01) + node(6, 102.7101, 25.01) + node(7, 102.7101, 25.0101)
                        + "<way id='10'><nd ref='1'/><nd ref='2'/><nd ref='3'/><nd ref='4'/><nd ref='1'/>"
                        + "<tag k='building' v='house'/><tag k='building:levels' v='2'/></way>\n"
                        + "<way id='11'><nd ref='5'/><nd ref='6'/><nd ref='7'/><nd ref='5'/>"
                        + "<tag k='building' v='church'/></way>\n"
                        + "<way id='12'><nd ref='5'/><nd ref='6'/><nd ref='7'/><tag k='building' v='yes'/></way>\n"
                        + "<way id='13'><nd ref='5'/><nd ref='6'/><nd ref='99'/><nd ref='5'/>"
                        + "<tag k='building' v='residential'/></way>\n"
                        + "<way id='14'><nd ref='5'/><nd ref='6'/><nd ref='7'/><nd ref='5'/>"
                        + "<tag k='building' v='no'/></way>\n"
                        + "<way id='15'><nd ref='1'/><nd ref='2'/><tag k='highway' v='footway'/></way>\n"
                        + "</osm>\n");

        OsmBuildingDemand.Result r = OsmBuildingDemand.read(file, OsmBuildingDemand.Options.defaults());

        assertThat(r.buildingsSeen()).isEqualTo(4);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.skippedByType()).isEqualTo(1);
        assertThat(r.skippedNotClosed()).isEqualTo(1);
        assertThat(r.skippedMissingNodes()).isEqualTo(1);
        DemandPoint house = r.points().get(0);
        assertThat(house.id()).isEqualTo("way/10");
        assertThat(house.origin()).isEqualTo("estimated");
        assertThat(house.divisionCode()).isEmpty();
        // 10 m × 20 m = 200 m², × 2 levels ÷ 35 m² a person = 11.43 people; 14.9% of them aged 60+
        assertThat(house.population()).isCloseTo(11.4286, within(0.001));
        assertThat(house.olderPopulation()).isCloseTo(1.7029, within(0.001));
        assertThat(house.lon()).isCloseTo(LON0 + DX / 2, within(1e-9));
        assertThat(house.lat()).isCloseTo(LAT0 + DY / 2, within(1e-9));
    }

    @Test
    void appliesTheGivenFloorAreaAndOlderShare() throws IOException {
        Path file = Files.writeString(
                dir.resolve("one.osm"),
                "<osm version='0.6'>" + node(1, LON0, LAT0) + node(2, LON0 + DX, LAT0)
                        + node(3, LON0 + DX, LAT0 + DY) + node(4, LON0, LAT0 + DY)
                        + "<way id='7'><nd ref='1'/><nd ref='2'/><nd ref='3'/><nd ref='4'/><nd ref='1'/>"
                        + "<tag k='building' v='apartments'/><tag k='building:levels' v='6'/></way></osm>");
        OsmBuildingDemand.Options options = OsmBuildingDemand.Options.defaults()
                .withFloorAreaPerPersonSquareMetres(40)
                .withOlderShare(0.25);

        DemandPoint flats = OsmBuildingDemand.read(file, options).points().get(0);

        // 200 m² × 6 levels ÷ 40 m² = 30 people, a quarter of them older
        assertThat(flats.population()).isCloseTo(30, within(0.001));
        assertThat(flats.olderPopulation()).isCloseTo(7.5, within(0.001));
    }

    @Test
    void readsLevelsAsAWholeNumberFromOneToFifty() {
        assertThat(OsmBuildingDemand.levels(null)).isEqualTo(1);
        assertThat(OsmBuildingDemand.levels("3")).isEqualTo(3);
        assertThat(OsmBuildingDemand.levels(" 2.6 ")).isEqualTo(3);
        assertThat(OsmBuildingDemand.levels("0")).isEqualTo(1);
        assertThat(OsmBuildingDemand.levels("-2")).isEqualTo(1);
        assertThat(OsmBuildingDemand.levels("80")).isEqualTo(50);
        assertThat(OsmBuildingDemand.levels("2;3")).isEqualTo(1);
        assertThat(OsmBuildingDemand.levels("NaN")).isEqualTo(1);
        assertThat(OsmBuildingDemand.levels("三")).isEqualTo(1);
    }

    @Test
    void rejectsOptionsOutOfRange() {
        assertThatThrownBy(() -> OsmBuildingDemand.Options.defaults().withFloorAreaPerPersonSquareMetres(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("floorAreaPerPersonSquareMetres must be in 5..500, was 0.0");
        assertThatThrownBy(() -> OsmBuildingDemand.Options.defaults().withOlderShare(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("olderShare must be in 0..1, was 1.5");
    }

    @Test
    void reportsMalformedXmlWithFileAndLine() throws IOException {
        Path file = Files.writeString(
                dir.resolve("broken.osm"), "<osm version='0.6'>\n" + node(1, LON0, LAT0) + "<way id='2'>\n</osm>\n");
        assertThatThrownBy(() -> OsmBuildingDemand.read(file))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("broken.osm:4: not well-formed OSM XML: "));
    }

    @Test
    void rejectsAMissingFileAndAnUnknownExtension() {
        assertThatThrownBy(() -> OsmBuildingDemand.read(dir.resolve("none.osm")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("osm file " + dir.resolve("none.osm") + " does not exist");
        assertThatThrownBy(() -> OsmBuildingDemand.read(dir.resolve("homes.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("osm file must end in .osm.pbf, .pbf, .osm or .osm.gz, was homes.csv");
    }

    @Test
    void findsTheResidentialBuildingsOfAndorra() throws IOException {
        OsmBuildingDemand.Result r = OsmBuildingDemand.read(Path.of("..", "data", "osm", "andorra.osm.pbf"));

        // 294 building ways, of which 292 closed: the 292 building polygons of the shared BASELINES.md
        assertThat(r.buildingsSeen()).isEqualTo(294);
        assertThat(r.kept()).isEqualTo(288);
        assertThat(r.skippedByType()).isEqualTo(4);
        assertThat(r.skippedNotClosed()).isEqualTo(2);
        assertThat(r.skippedMissingNodes()).isEqualTo(0);
        assertThat(r.points()).allSatisfy(p -> {
            assertThat(p.id()).startsWith("way/");
            assertThat(p.lon()).isBetween(1.40, 1.79);
            assertThat(p.lat()).isBetween(42.42, 42.66);
            assertThat(p.population()).isPositive();
        });
        assertThat(r.points().stream().mapToDouble(DemandPoint::population).sum())
                .isCloseTo(3784.0, within(1.0));
    }

    @Test
    void findsTheResidentialBuildingsOfMonacoFromGzippedXml() throws IOException {
        OsmBuildingDemand.Result r = OsmBuildingDemand.read(Path.of("..", "data", "osm", "monaco.osm.gz"));

        assertThat(r.buildingsSeen()).isEqualTo(962);
        assertThat(r.kept()).isEqualTo(959);
        assertThat(r.skippedByType()).isEqualTo(3);
        assertThat(r.skippedNotClosed()).isEqualTo(0);
        assertThat(r.skippedMissingNodes()).isEqualTo(0);
        // an old extract: nearly every building way is building=yes; building relations are not read
        assertThat(r.points()).allSatisfy(p -> {
            assertThat(p.lon()).isBetween(7.40, 7.45);
            assertThat(p.lat()).isBetween(43.72, 43.76);
        });
    }

    private static String node(long id, double lon, double lat) {
        return "<node id='" + id + "' lat='" + lat + "' lon='" + lon + "'/>\n";
    }
}
