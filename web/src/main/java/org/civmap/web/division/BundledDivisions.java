package org.civmap.web.division;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Loads the bundled division registry into an empty store on first start. It runs once every bean
 * exists and before the web server opens its port, so no request sees a half-loaded registry.
 * Thread-safe.
 */
public final class BundledDivisions implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledDivisions.class);

    private final DivisionStore store;
    private final DivisionImporter importer;
    private final Path dataDir;
    private final boolean load;
    private boolean done;

    BundledDivisions(DivisionStore store, DivisionImporter importer, Path dataDir, boolean load) {
        this.store = store;
        this.importer = importer;
        this.dataDir = dataDir;
        this.load = load;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Loads the bundled registry if enabled and the store is empty; later calls do nothing. */
    public synchronized void ensureLoaded() {
        if (done) {
            return;
        }
        done = true;
        if (load && store.isEmpty()) {
            log.info("first start: the store is empty, loading the bundled registry from {}", dataDir);
            importer.importFrom(dataDir, false);
        }
    }
}
