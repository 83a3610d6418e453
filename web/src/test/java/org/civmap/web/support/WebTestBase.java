package org.civmap.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civmap.core.network.WalkNetworkCache;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole service once per test JVM on a fresh H2GIS state directory, with the bundled
 * data loaded on first start and a known ADMIN password.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebTestBase {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private static final String STATE_DIR;
    private static final String NETWORK_DIR;
    private static final String DRIVE_DIR;

    static {
        try {
            STATE_DIR = Files.createTempDirectory("civmap-web-").toString();
            Path network = Path.of(STATE_DIR, "andorra-network");
            WalkNetworkCache.build(Path.of("..", "data", "osm", "andorra.osm.pbf"), network, m -> {});
            NETWORK_DIR = network.toString();
            Path drive = Path.of(STATE_DIR, "andorra-drive");
            WalkNetworkCache.build(Path.of("..", "data", "osm", "andorra.osm.pbf"), drive, true, m -> {});
            DRIVE_DIR = drive.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("civmap.state-dir", () -> STATE_DIR);
        registry.add("civmap.data-dir", TestStores.YUNNAN::toString);
        registry.add("CIVMAP_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
        registry.add("civmap.network-dir", () -> NETWORK_DIR);
        registry.add("civmap.drive-network-dir", () -> DRIVE_DIR);
    }
}
