package org.civmap.web.division;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civmap.core.division.BoundaryReader;
import org.civmap.core.division.CoverageCheck;
import org.civmap.core.division.DivisionBoundary;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.division.DivisionRegistryReader;
import org.civmap.core.io.DataFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the division registry and its boundaries from a data directory into a store,
 * all-or-nothing: every file is read and checked first, then one transaction replaces what the store
 * held. Running it twice leaves the same content. Thread-safe.
 */
public final class DivisionImporter {

    private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);

    /** Gaps narrower than this between neighbouring counties are reported by the coverage check. */
    static final double COVERAGE_GAP_WIDTH_METRES = 100;

    private record BoundaryFile(String file, DivisionLevel level) {}

    private static final List<BoundaryFile> BOUNDARY_FILES = List.of(
            new BoundaryFile("province_gcj02.geojson", DivisionLevel.PROVINCE),
            new BoundaryFile("prefectures_gcj02.geojson", DivisionLevel.PREFECTURE),
            new BoundaryFile("counties_gcj02.geojson", DivisionLevel.COUNTY));

    /** What an import did. Immutable. */
    public record Report(
            Map<DivisionLevel, Integer> counts,
            int boundaries,
            int formerNames,
            List<String> repairs,
            List<String> remapped,
            String countyCoverage) {
        public Report {
            counts = Map.copyOf(counts);
            repairs = List.copyOf(repairs);
            remapped = List.copyOf(remapped);
        }

        /** Returns a multi-line human summary. */
        public String summary() {
            String levels = counts.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey().name().toLowerCase() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            return "divisions: " + levels + "; boundaries=" + boundaries + "; former names=" + formerNames
                    + "; repairs=" + repairs.size() + "; remapped by name=" + remapped.size() + "; county coverage: "
                    + countyCoverage;
        }
    }

    private final DivisionStore store;

    public DivisionImporter(DivisionStore store) {
        this.store = store;
    }

    /**
     * Reads, checks and stores the registry under {@code dataDir}.
     *
     * @param repair make invalid polygons valid (and report each change) instead of failing
     * @throws DataFileException listing every bad row or feature; the store is left unchanged
     */
    public Report importFrom(Path dataDir, boolean repair) {
        log.info("import divisions from {}", dataDir.toAbsolutePath());
        DivisionRegistry registry = DivisionRegistryReader.read(dataDir, message -> log.info("  read {}", message));
        List<DivisionBoundary> boundaries = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        List<String> remapped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String countyCoverage = "not checked (no county boundaries)";
        for (BoundaryFile bf : BOUNDARY_FILES) {
            Path file = dataDir.resolve("boundaries").resolve(bf.file);
            if (!Files.exists(file)) {
                log.warn(
                        "  no {}: {} boundaries not loaded",
                        file,
                        bf.level.name().toLowerCase());
                continue;
            }
            Map<String, String> codes =
                    registry.at(bf.level).stream().collect(Collectors.toMap(d -> d.code(), d -> d.name()));
            try {
                BoundaryReader.Result result = BoundaryReader.read(file, bf.level, codes, repair);
                boundaries.addAll(result.boundaries());
                repairs.addAll(result.repairs());
                remapped.addAll(result.remapped());
                log.info(
                        "  read {}: {} polygons converted GCJ-02 -> WGS84",
                        bf.file,
                        result.boundaries().size());
                if (bf.level == DivisionLevel.COUNTY) {
                    CoverageCheck.Report coverage = CoverageCheck.check(result.boundaries(), COVERAGE_GAP_WIDTH_METRES);
                    countyCoverage = coverage.summary();
                    log.info("  county coverage: {}", countyCoverage);
                    coverage.details().forEach(d -> log.info("    {}", d));
                }
            } catch (DataFileException e) {
                problems.addAll(e.problems());
            }
        }
        repairs.forEach(r -> log.info("  {}", r));
        remapped.forEach(r -> log.warn("  {}", r));
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        Report report = new Report(
                registry.countsByLevel(),
                boundaries.size(),
                registry.formerNames().size(),
                repairs,
                remapped,
                countyCoverage);
        log.info(
                "  writing {} divisions in one transaction",
                registry.divisions().size());
        store.replaceAll(registry, boundaries, dataDir.toString(), report.summary());
        log.info("import done: {}", report.summary());
        return report;
    }
}
