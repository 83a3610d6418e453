package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmBuildingDemandTest {

    /** 10 m × 20 m at the equator, in degrees. */
    static final double DX = 10 / LocalMetres.METRES_PER_DEGREE;

    static final double DY = 20 / LocalMetres.METRES_PER_DEGREE;

    @Test
    void estimatesPopulationFromFootprintAndLevels(@TempDir Path dir) throws IOException {
        String osm = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n"
                + node(1, 0, 0) + node(2, DX, 0) + node(3, DX, DY) + node(4, 0, DY)
                + node(5, 0.001, 0.001) + node(6, 0.001 + DX, 0.001) + node(7, 0.001 + DX, 0.001 + DY)
                + "<way id='10'><nd ref='1'/><nd ref='2'/><nd ref='3'/><nd ref='4'/><nd ref='1'/>"
                + "<tag k='building' v='house'/><tag k='building:levels' v='2'/></way>\n"
                + "<way id='11'><nd ref='5'/><nd ref='6'/><nd ref='7'/><nd ref='5'/>"
                + "<tag k='building' v='church'/></way>\n"
                + "<way id='12'><nd ref='5'/><nd ref='6'/><nd ref='7'/><tag k='building' v='yes'/></way>\n"
                + "</osm>\n";
        Path file = Files.writeString(dir.resolve("tiny.osm"), osm);
        OsmBuildingDemand.Result r = OsmBuildingDemand.read(file, OsmBuildingDemand.Options.defaults());
        assertThat(r.buildingsSeen()).isEqualTo(3);
        assertThat(r.skippedByType()).isEqualTo(1);
        assertThat(r.skippedOpenOrIncomplete()).isEqualTo(1);
        DemandPoint house = r.points().get(0);
        assertThat(house.id()).isEqualTo("way/10");
        assertThat(house.origin()).isEqualTo("estimated");
        // 200 m² × 2 levels ÷ 35 m² a person = 11.43; 14.9% of them aged 60+
        assertThat(house.population()).isCloseTo(400 / 35.0, within(0.01));
        assertThat(house.olderPopulation()).isCloseTo(400 / 35.0 * 0.149, within(0.01));
        assertThat(house.lon()).isCloseTo(DX / 2, within(1e-9));
    }

    @Test
    void findsTheResidentialBuildingsOfAndorra() throws IOException {
        OsmBuildingDemand.Result r = OsmBuildingDemand.read(
                Path.of("..", "data", "osm", "andorra.osm.pbf"), OsmBuildingDemand.Options.defaults());
        assertThat(r.buildingsSeen()).isEqualTo(ANDORRA_SEEN);
        assertThat(r.points()).hasSize(288);
        assertThat(r.points()).allSatisfy(p -> assertThat(p.population()).isPositive());
    }

    // 294 ways tagged building=*; 288 are closed, complete and residential (BASELINES.md counts 292 building
    // polygons with another tool)
    static final int ANDORRA_SEEN = 294;

    private static String node(long id, double lon, double lat) {
        return "<node id='" + id + "' lat='" + lat + "' lon='" + lon + "'/>\n";
    }
}
