package org.civmap.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.WalkNetwork;
import org.civmap.core.network.WalkNetworkCache;
import org.junit.jupiter.api.Test;

/** civmap's search and pgRouting's pgr_drivingDistance on the same exported Andorra graph. */
class PgRoutingAgreementIT {

    @Test
    void agreesWithPgRoutingNodeByNodeOneStartAtATime() throws IOException {
        String base = System.getenv("CIVMAP_TEST_PG_URL");
        assertThat(base).as("CIVMAP_TEST_PG_URL (run ./scripts/test.sh)").isNotBlank();
        WalkNetwork net = WalkNetworkCache.build(
                Path.of("..", "data", "osm", "andorra.osm.pbf"), Files.createTempDirectory("civmap-pgr-"), m -> {});
        PgRoutingComparison pg = new PgRoutingComparison(base);
        pg.export(net, 1.0);
        int[] starts = WalkBench.randomNodes(net, 10, 42);
        NetworkSearch search = new NetworkSearch(net);
        int compared = 0;
        for (int start : starts) {
            int[] one = {start};
            PgRoutingComparison.Outcome outcome = pg.drivingDistance(one, 900, false);
            search.run(one, new double[1], new int[1], 1.0, 900);
            PgRoutingComparison.Agreement a = outcome.compareWith(search, one);
            assertThat(a.civmapOnly()).isZero();
            assertThat(a.pgroutingOnly()).isZero();
            assertThat(a.timeDiffers()).isZero();
            assertThat(a.both()).isEqualTo(search.reachedCount());
            compared += a.both();
        }
        assertThat(compared).isGreaterThan(1000);
    }
}
