package org.civmap.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmWalkNetworkReaderTest {

    static final Path ANDORRA = Path.of("..", "data", "osm", "andorra.osm.pbf");
    static final Path MONACO = Path.of("..", "data", "osm", "monaco.osm.gz");

    @Test
    void buildsAndorrasWalkingNetworkAndLoadsItBackIdentically(@TempDir Path dir) throws IOException {
        List<String> progress = new ArrayList<>();
        WalkNetwork built = WalkNetworkCache.build(ANDORRA, dir, progress::add);
        assertThat(built.nodeCount()).isEqualTo(ANDORRA_NODES);
        assertThat(built.arcCount()).isEqualTo(ANDORRA_ARCS);
        assertThat(progress).anyMatch(p -> p.startsWith("GraphHopper graph:"));
        WalkNetwork loaded = WalkNetworkCache.buildOrLoad(ANDORRA, dir, progress::add);
        assertThat(progress.get(progress.size() - 1)).startsWith("loaded cached network");
        assertThat(loaded.nodeCount()).isEqualTo(built.nodeCount());
        assertThat(loaded.arcCount()).isEqualTo(built.arcCount());
        for (int n = 0; n < built.nodeCount(); n += 101) {
            assertThat(loaded.lon(n)).isEqualTo(built.lon(n));
            assertThat(loaded.firstArc(n)).isEqualTo(built.firstArc(n));
        }
        assertThat(Files.exists(dir.resolve("graphhopper"))).isFalse();
    }

    @Test
    void readsGzippedOsmXml(@TempDir Path dir) throws IOException {
        WalkNetwork monaco = OsmWalkNetworkReader.read(MONACO, dir, p -> {});
        assertThat(monaco.nodeCount()).isEqualTo(MONACO_NODES);
        assertThat(monaco.arcCount()).isEqualTo(MONACO_ARCS);
    }

    @Test
    void rejectsFilesThatAreNotOsm(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("roads.csv"), "x");
        assertThatThrownBy(() -> OsmWalkNetworkReader.read(csv, dir.resolve("gh"), p -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("osm file must end in .osm.pbf, .osm, .osm.gz or .osm.bz2, was roads.csv");
    }

    // GraphHopper's foot graph of Andorra has 2,385 junction nodes and 2,820 edges (as in
    // shared/docs/BASELINES.md); split at every way node that is 27,995 nodes and 56,602 arcs.
    static final int ANDORRA_NODES = 27_995;
    static final int ANDORRA_ARCS = 56_602;
    static final int MONACO_NODES = 3_746;
    static final int MONACO_ARCS = 8_282;
}
