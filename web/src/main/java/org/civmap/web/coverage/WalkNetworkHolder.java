package org.civmap.web.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civmap.core.network.SnapIndex;
import org.civmap.core.network.WalkNetworkCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a network the service answers with, loaded on first use from the directory {@code ./civmap
 * network build} wrote. Thread-safe.
 */
class WalkNetworkHolder {

    private static final Logger log = LoggerFactory.getLogger(WalkNetworkHolder.class);

    private final Path dir;
    private volatile SnapIndex index;

    WalkNetworkHolder(String dir) {
        this.dir = Path.of(dir);
    }

    /** Returns the loaded network's index, loading it on first use; empty when none was built. */
    Optional<SnapIndex> index() {
        SnapIndex i = index;
        if (i == null && Files.exists(dir.resolve("network.bin"))) {
            synchronized (this) {
                if (index == null) {
                    try {
                        index = SnapIndex.of(WalkNetworkCache.load(dir));
                        log.info(
                                "walking network loaded from {}: {}",
                                dir,
                                index.network().source());
                    } catch (IOException e) {
                        throw new IllegalStateException(
                                "walking network in " + dir + " is unreadable: " + e.getMessage(), e);
                    }
                }
                i = index;
            }
        }
        return Optional.ofNullable(i);
    }

    /** Returns the directory the network is read from. */
    Path dir() {
        return dir;
    }
}
