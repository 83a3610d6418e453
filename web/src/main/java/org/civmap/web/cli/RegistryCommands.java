package org.civmap.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civmap.core.coverage.IndicatorCalculator;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.facility.FacilityFiles;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.web.division.DivisionStore;
import org.civmap.web.facility.FacilityImporter;
import org.civmap.web.facility.FacilityStore;
import org.civmap.web.facility.IndicatorService;
import org.springframework.context.ConfigurableApplicationContext;

/** Facility import/export and indicator subcommands; they use the configured store. */
final class RegistryCommands {

    private RegistryCommands() {}

    static int importFacilities(Deque<String> rest, PrintStream out) {
        Map<String, String> o =
                Cli.options(rest, Set.of("--from", "--dataset", "--state-dir", "--store", "--data-dir"), Set.of());
        Path file = Path.of(WalkCommands.required(o, "--from"));
        String dataset = o.getOrDefault("--dataset", FacilityStore.OFFICIAL);
        if (!dataset.equals(FacilityStore.OFFICIAL) && !dataset.equals(FacilityStore.DEMO)) {
            throw new Cli.UsageException("--dataset must be official or demo, was '" + dataset + "'");
        }
        try (ConfigurableApplicationContext ctx = Cli.context(Cli.common(o))) {
            List<FacilityRecord> records = new FacilityImporter(
                            ctx.getBean(FacilityStore.class), ctx.getBean(DivisionStore.class))
                    .importFile(file, dataset, "cli");
            out.println("imported " + records.size() + " facilities into the " + dataset + " dataset from " + file);
            return 0;
        }
    }

    static int exportFacilities(Deque<String> rest, PrintStream out) throws IOException {
        if (rest.isEmpty() || !rest.poll().equals("facilities")) {
            throw new Cli.UsageException("usage: export facilities --format csv|geojson|gpkg --out FILE");
        }
        Map<String, String> o =
                Cli.options(rest, Set.of("--format", "--out", "--state-dir", "--store", "--data-dir"), Set.of());
        String format = o.getOrDefault("--format", "csv");
        Path target = Path.of(WalkCommands.required(o, "--out"));
        try (ConfigurableApplicationContext ctx = Cli.context(Cli.common(o))) {
            FacilityStore store = ctx.getBean(FacilityStore.class);
            List<FacilityRecord> all = store.all();
            switch (format) {
                case "csv" -> FacilityFiles.writeCsv(all, target);
                case "geojson" -> FacilityFiles.writeGeoJson(all, target);
                case "gpkg" -> org.civmap.web.facility.FacilityFormats.writeGeoPackage(all, target);
                default -> throw new Cli.UsageException("--format must be csv, geojson or gpkg, was '" + format + "'");
            }
            out.println(
                    "exported " + all.size() + " facilities of the " + store.activeDataset() + " dataset to " + target);
            return 0;
        }
    }

    static int indicators(Deque<String> rest, PrintStream out) throws IOException {
        Map<String, String> o = Cli.options(
                rest, Set.of("--level", "--as-of", "--format", "--state-dir", "--store", "--data-dir"), Set.of());
        DivisionLevel level = DivisionLevel.parse(o.getOrDefault("--level", "province"));
        if (level.ordinal() > DivisionLevel.COUNTY.ordinal()) {
            throw new Cli.UsageException("--level must be province, prefecture or county, was " + o.get("--level"));
        }
        LocalDate day;
        try {
            day = o.containsKey("--as-of") ? LocalDate.parse(o.get("--as-of")) : LocalDate.now();
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException("--as-of must be a date like 2025-12-31, was '" + o.get("--as-of") + "'");
        }
        String format = o.getOrDefault("--format", "csv");
        try (ConfigurableApplicationContext ctx = Cli.context(Cli.common(o))) {
            if (ctx.getBean(DivisionStore.class).isEmpty()) {
                throw new Cli.UsageException(
                        "the store has no divisions yet: run ./civmap import (or ./civmap serve) first");
            }
            IndicatorService service = ctx.getBean(IndicatorService.class);
            List<IndicatorCalculator.Rollup> rows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (IndicatorCalculator.Result r : service.computeAll(day)) {
                for (IndicatorCalculator.Rollup row : r.rollups(level)) {
                    rows.add(row);
                    ids.add(r.definition().id());
                }
            }
            if (format.equals("json")) {
                List<Map<String, Object>> json = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    json.add(Map.of("indicator", ids.get(i), "rollup", rows.get(i)));
                }
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(
                                Map.of("asOf", day.toString(), "dataset", service.dataset(), "rows", json)));
            } else if (format.equals("csv")) {
                out.println("# dataset=" + service.dataset()
                        + (service.dataset().equals(FacilityStore.DEMO) ? " (synthetic demo data)" : "") + ", as of "
                        + day);
                out.println("indicator,code,name,numerator,denominator,share,target,met,short_by");
                for (int i = 0; i < rows.size(); i++) {
                    IndicatorCalculator.Rollup r = rows.get(i);
                    out.printf(
                            Locale.ROOT,
                            "%s,%s,%s,%d,%d,%.4f,%.2f,%s,%d%n",
                            ids.get(i),
                            r.code(),
                            r.name(),
                            r.numerator(),
                            r.denominator(),
                            r.share(),
                            r.target(),
                            r.met(),
                            r.shortBy());
                }
            } else {
                throw new Cli.UsageException("--format must be csv or json, was '" + format + "'");
            }
            return 0;
        }
    }

    static int placenameSearch(Deque<String> rest, PrintStream out) {
        if (rest.isEmpty()
                || !rest.poll().equals("search")
                || rest.isEmpty()
                || rest.peek().startsWith("--")) {
            throw new Cli.UsageException("usage: placename search QUERY [--limit 10]");
        }
        String query = rest.poll();
        Map<String, String> o = Cli.options(rest, Set.of("--limit", "--state-dir", "--store", "--data-dir"), Set.of());
        int limit = (int) WalkCommands.number(o, "--limit", 10);
        try (ConfigurableApplicationContext ctx = Cli.context(Cli.common(o))) {
            if (ctx.getBean(DivisionStore.class).isEmpty()) {
                throw new Cli.UsageException(
                        "the store has no divisions yet: run ./civmap import (or ./civmap serve) first");
            }
            for (var h : ctx.getBean(org.civmap.web.placename.PlaceNameService.class)
                    .index()
                    .search(query, limit)) {
                out.println(h.code() + "\t" + h.name() + "\t" + h.pinyin() + "\t" + h.path()
                        + (h.matchedFormerName() == null ? "" : "\t原名 " + h.matchedFormerName()));
            }
            return 0;
        }
    }
}
