package org.civmap.core.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Builds a walking network once and keeps it on disk: {@code DIR/network.bin}, reused while the OSM
 * file's name, size and modification time are unchanged. Stateless.
 */
public final class WalkNetworkCache {

    static final String FILE = "network.bin";

    private WalkNetworkCache() {}

    /**
     * Builds the network from {@code osm} into {@code dir}, replacing what was there.
     *
     * @return the built network
     */
    public static WalkNetwork build(Path osm, Path dir, Consumer<String> progress) throws IOException {
        return build(osm, dir, false, progress);
    }

    /**
     * Builds a walking network, or with {@code driving} a driving network (costs in seconds at the
     * 1 m/s reference), from {@code osm} into {@code dir}, replacing what was there.
     */
    public static WalkNetwork build(Path osm, Path dir, boolean driving, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        WalkNetwork network = driving
                ? OsmWalkNetworkReader.readDriving(osm, dir.resolve("graphhopper"), progress)
                : OsmWalkNetworkReader.read(osm, dir.resolve("graphhopper"), progress);
        network.save(dir.resolve(FILE));
        OsmWalkNetworkReader.deleteRecursively(dir.resolve("graphhopper"));
        progress.accept(
                "saved " + network.nodeCount() + " nodes, " + network.arcCount() + " arcs to " + dir.resolve(FILE));
        return network;
    }

    /**
     * Loads the network saved in {@code dir}.
     *
     * @throws IOException when there is none or it is unreadable
     */
    public static WalkNetwork load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException("no walking network in " + dir + ": build one with ./civmap network build");
        }
        return WalkNetwork.load(file);
    }

    /** Loads the cached network when it was built from this very file, else builds it. */
    public static WalkNetwork buildOrLoad(Path osm, Path dir, Consumer<String> progress) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            WalkNetwork cached = WalkNetwork.load(file);
            if (cached.source().startsWith(signature(osm))) {
                progress.accept("loaded cached network " + file);
                return cached;
            }
        }
        return build(osm, dir, progress);
    }

    static String signature(Path osm) throws IOException {
        return osm.getFileName() + " (" + Files.size(osm) + " bytes, modified " + Files.getLastModifiedTime(osm) + ")";
    }
}
