package org.civmap.web.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civmap.core.io.DataFileException;
import org.civmap.web.CivmapApplication;
import org.civmap.web.config.StoreKind;
import org.civmap.web.division.DivisionImporter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parses civmap's subcommands and starts Spring with the matching properties. Stateless.
 *
 * <p>Exit codes: 0 done, 1 failed, 2 bad usage or bad input data.
 */
public final class Cli {

    /** Returned by {@link #run} when the server keeps running after the call. */
    public static final int KEEP_RUNNING = -1;

    static final String HELP = """
            civmap — GIS facility planning and boundary service (云南民政 规划·界线·地名)

            Usage: ./civmap <command> [options]

            Commands:
              serve                     run the web service (http://localhost:8080)
                  --port N              HTTP port (default 8080)
                  --state-dir DIR       embedded database and caches (default ./var)
                  --store h2gis|postgis storage (default h2gis; postgis reads CIVMAP_DB_URL,
                                        CIVMAP_DB_USER, CIVMAP_DB_PASSWORD)
                  --data-dir DIR        bundled data loaded on first start (default data/yunnan)
              import facilities         import a facility registry (CSV, GeoJSON, GeoPackage, Shapefile), all-or-nothing
                  --from FILE [--dataset official|demo]
              export facilities         write the active facility registry
                  --format csv|geojson|gpkg --out FILE
              indicators                plan indicators from the stored registry
                  [--level province|prefecture|county] [--as-of YYYY-MM-DD] [--format csv|json]
              import [divisions]        import the division registry, all-or-nothing
                  --from DIR            data directory (default data/yunnan)
                  --repair              make invalid polygons valid and report each change
                  --state-dir DIR, --store h2gis|postgis   as for serve
              network build             build the walking network from OpenStreetMap, cached on disk
                  --osm FILE            .osm.pbf, .osm or .osm.gz extract (any region)
                  --out DIR             where the network is kept
                  [--mode walk|drive]   walking (default) or driving times (catchments)
              coverage walk             who lives within a walk of a facility (15-minute circle)
                  --network DIR --facilities F.csv|.geojson
                  --demand D.csv|.geojson|.osm.pbf (buildings: population estimated)
                  [--minutes 15] [--speed-mps 1.0] [--max-snap-metres 300]
                  [--gap-radius-metres 100] --out OUT.geojson
              isochrone                 areas reachable on foot from a point
                  --network DIR --at LON,LAT [--minutes 5,10,15] [--speed-mps 1.0] [--out F]
              bench walk                civmap vs GraphHopper (and pgRouting) on one network
                  --osm FILE [--facilities 100] [--runs 3] [--pg-url JDBC_URL]
              placename search QUERY    search standard names (characters, pinyin, initials, former names)
                  [--limit 10]
              --help                    this text

            Environment: CIVMAP_ADMIN_PASSWORD sets the first ADMIN's password (otherwise a
            one-time password is printed at first start).
            """;

    private Cli() {}

    /**
     * Runs one command.
     *
     * @return an exit code, or {@link #KEEP_RUNNING} when the server was started
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.isEmpty() ? "--help" : rest.poll();
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(HELP);
                    yield 0;
                }
                case "serve" ->
                    serve(options(rest, Set.of("--port", "--state-dir", "--store", "--data-dir"), Set.of()));
                case "import" -> importCommand(rest, out, err);
                case "network" -> WalkCommands.networkBuild(rest, out);
                case "coverage" -> WalkCommands.coverageWalk(rest, out);
                case "isochrone" -> WalkCommands.isochrone(rest, out);
                case "bench" -> WalkBench.run(rest, out);
                case "export" -> RegistryCommands.exportFacilities(rest, out);
                case "indicators" -> RegistryCommands.indicators(rest, out);
                case "placename" -> RegistryCommands.placenameSearch(rest, out);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (DataFileException e) {
            err.println("civmap: bad input, nothing was done:");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("civmap: " + e.getMessage());
            err.println("Run ./civmap --help for usage.");
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("civmap: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(Map<String, String> opts) {
        Map<String, Object> props = common(opts);
        if (opts.containsKey("--port")) {
            props.put("server.port", port(opts.get("--port")));
        }
        new SpringApplication(CivmapApplication.class).run(asArgs(props));
        return KEEP_RUNNING;
    }

    private static int importCommand(Deque<String> rest, PrintStream out, PrintStream err) {
        String dataset = "divisions";
        if (!rest.isEmpty() && !rest.peek().startsWith("--")) {
            dataset = rest.poll();
        }
        if (dataset.equals("facilities")) {
            return RegistryCommands.importFacilities(rest, out);
        }
        if (!dataset.equals("divisions")) {
            throw new UsageException("unknown dataset '" + dataset + "' (known: divisions, facilities)");
        }
        Map<String, String> opts =
                options(rest, Set.of("--from", "--state-dir", "--store", "--data-dir"), Set.of("--repair"));
        Map<String, Object> props = common(opts);
        String from = opts.getOrDefault("--from", (String) props.get("civmap.data-dir"));
        Path dir = Path.of(from);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--from " + from + ": no such directory");
        }
        try (ConfigurableApplicationContext ctx = context(props)) {
            DivisionImporter importer = ctx.getBean(DivisionImporter.class);
            DivisionImporter.Report report = importer.importFrom(dir, opts.containsKey("--repair"));
            out.println("imported: " + report.summary());
            report.repairs().forEach(r -> out.println("repaired: " + r));
            report.remapped().forEach(r -> out.println("remapped: " + r));
            return 0;
        }
    }

    /** Starts the application without its web server, for commands that use the store. */
    static ConfigurableApplicationContext context(Map<String, Object> props) {
        Map<String, Object> p = new HashMap<>(props);
        p.put("civmap.load-bundled-data", "false");
        SpringApplication app = new SpringApplication(CivmapApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(asArgs(p));
    }

    static Map<String, Object> common(Map<String, String> opts) {
        Map<String, Object> props = new HashMap<>();
        String home = System.getenv().getOrDefault("CIVMAP_HOME", ".");
        props.put(
                "civmap.data-dir",
                opts.getOrDefault("--data-dir", Path.of(home, "data", "yunnan").toString()));
        if (opts.containsKey("--state-dir")) {
            props.put("civmap.state-dir", opts.get("--state-dir"));
        }
        if (opts.containsKey("--store")) {
            props.put(
                    "civmap.store", StoreKind.parse(opts.get("--store")).name().toLowerCase());
        }
        return props;
    }

    /** Passes properties as command-line arguments, which override application.properties. */
    private static String[] asArgs(Map<String, Object> props) {
        return props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static int port(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number in 1..65535, was '" + value + "'");
        }
    }

    /** Parses {@code --name value} pairs and flags; anything else is a usage error. */
    static Map<String, String> options(Deque<String> rest, Set<String> valued, Set<String> flags) {
        Map<String, String> opts = new HashMap<>();
        while (!rest.isEmpty()) {
            String a = rest.poll();
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (flags.contains(a)) {
                opts.put(a, "true");
            } else if (valued.contains(a)) {
                if (value == null) {
                    if (rest.isEmpty()) {
                        throw new UsageException(a + " needs a value");
                    }
                    value = rest.poll();
                }
                opts.put(a, value);
            } else {
                throw new UsageException("unknown option '" + a + "'");
            }
        }
        return opts;
    }

    /** A command-line mistake; the message says which. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
