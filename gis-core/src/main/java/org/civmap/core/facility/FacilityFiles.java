package org.civmap.core.facility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civmap.core.io.CsvTable;
import org.civmap.core.io.DataFileException;
import org.civmap.core.io.GeoJsonFeatures;
import org.locationtech.jts.geom.Point;

/**
 * Reads and writes facility registries as CSV and GeoJSON, all-or-nothing: every row is checked
 * (vocabulary, codes, numbers, dates, duplicates) and every problem reported as {@code file:line:
 * reason} or {@code file#index: reason}. Stateless.
 */
public final class FacilityFiles {

    /** CSV columns, in the order civmap writes them. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "kind",
            "lon",
            "lat",
            "division_code",
            "served_codes",
            "capacity",
            "status",
            "opened_on",
            "closed_on",
            "source",
            "synthetic");

    private static final List<String> REQUIRED = List.of("id", "name", "kind", "lon", "lat", "division_code");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FacilityFiles() {}

    /** Checks a facility's position against its unit; returns a problem, or empty when it fits. */
    @FunctionalInterface
    public interface LocationCheck {
        Optional<String> check(String divisionCode, double lon, double lat);

        /** Accepts every position. */
        static LocationCheck none() {
            return (code, lon, lat) -> Optional.empty();
        }
    }

    /** A row read from any format: where it came from ("file:line: ") and its values by column name. */
    public record Row(String where, Map<String, String> values) {}

    /**
     * Checks and converts rows read from another format (GeoPackage, Shapefile), with the same rules
     * as CSV; {@code lon} and {@code lat} must be among the values.
     *
     * @throws DataFileException listing every bad row
     */
    public static List<FacilityRecord> fromRows(List<Row> rows, Set<String> knownCodes, LocationCheck location) {
        List<String> problems = new ArrayList<>();
        List<FacilityRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : rows) {
            parse(r.where(), c -> r.values().getOrDefault(c, ""), knownCodes, location, ids, out, problems);
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return out;
    }

    /** Reads a registry without checking positions against boundaries. */
    public static List<FacilityRecord> read(Path file, Set<String> knownCodes) {
        return read(file, knownCodes, LocationCheck.none());
    }

    /**
     * Reads a {@code .csv} or {@code .geojson} registry.
     *
     * @param knownCodes the division registry's codes: a facility's unit must be one of them
     * @throws DataFileException listing every bad row
     */
    public static List<FacilityRecord> read(Path file, Set<String> knownCodes, LocationCheck location) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        List<FacilityRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (name.endsWith(".csv")) {
            CsvTable t = CsvTable.read(file, REQUIRED);
            problems.addAll(t.problems());
            for (CsvTable.Row r : t.rows()) {
                Function<String, String> get = c -> t.header().contains(c) ? r.get(c) : "";
                parse(r.problem(""), get, knownCodes, location, ids, out, problems);
            }
        } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
            for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
                String where = file.getFileName() + "#" + f.index() + ": ";
                if (!(f.geometry() instanceof Point p)) {
                    problems.add(where + "geometry must be a Point, was "
                            + f.geometry().getGeometryType());
                    continue;
                }
                Map<String, String> props = f.properties();
                Function<String, String> get = c -> switch (c) {
                    case "lon" -> String.valueOf(p.getX());
                    case "lat" -> String.valueOf(p.getY());
                    default -> props.getOrDefault(c, "");
                };
                parse(where, get, knownCodes, location, ids, out, problems);
            }
        } else {
            throw new IllegalArgumentException("facility file must be .csv or .geojson, was " + file.getFileName());
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return out;
    }

    private static void parse(
            String where,
            Function<String, String> get,
            Set<String> knownCodes,
            LocationCheck location,
            Set<String> ids,
            List<FacilityRecord> out,
            List<String> problems) {
        try {
            String id = get.apply("id").trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("id must not be empty");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate id '" + id + "'");
            }
            String code = get.apply("division_code").trim();
            if (!knownCodes.contains(code)) {
                throw new IllegalArgumentException("division_code " + code + " is not in the division registry");
            }
            List<String> served = new ArrayList<>();
            for (String s : get.apply("served_codes").split("\\|")) {
                if (!s.isBlank()) {
                    if (!knownCodes.contains(s.trim())) {
                        throw new IllegalArgumentException(
                                "served_codes: " + s.trim() + " is not in the division registry");
                    }
                    served.add(s.trim());
                }
            }
            double lon = number("lon", get.apply("lon"));
            double lat = number("lat", get.apply("lat"));
            Optional<String> misplaced = location.check(code, lon, lat);
            if (misplaced.isPresent()) {
                throw new IllegalArgumentException(misplaced.get());
            }
            String status = get.apply("status").trim();
            String capacity = get.apply("capacity").trim();
            out.add(new FacilityRecord(
                    id,
                    get.apply("name").trim(),
                    FacilityKind.parse(get.apply("kind")),
                    lon,
                    lat,
                    code,
                    served,
                    capacity.isEmpty() ? 0 : (int) number("capacity", capacity),
                    status.isEmpty() ? FacilityStatus.OPEN : status(status),
                    date("opened_on", get.apply("opened_on")),
                    date("closed_on", get.apply("closed_on")),
                    get.apply("source").isBlank()
                            ? "imported"
                            : get.apply("source").trim(),
                    Boolean.parseBoolean(get.apply("synthetic").trim())));
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
        }
    }

    private static double number(String field, String value) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number, was '" + value + "'");
        }
    }

    /**
     * Parses a status name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static FacilityStatus status(String value) {
        try {
            return FacilityStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "status must be PLANNED, UNDER_CONSTRUCTION, OPEN or CLOSED, was '" + value + "'");
        }
    }

    /**
     * Parses an ISO date, empty for a blank value.
     *
     * @throws IllegalArgumentException naming the field and the expected form
     */
    public static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date like 2025-06-30, was '" + value + "'");
        }
    }

    /** Returns a record's values by {@link #COLUMNS} name, as written to files. */
    public static Map<String, String> values(FacilityRecord f) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("kind", f.kind().name());
        m.put("lon", String.valueOf(f.lon()));
        m.put("lat", String.valueOf(f.lat()));
        m.put("division_code", f.divisionCode());
        m.put("served_codes", String.join("|", f.servedCodes()));
        m.put("capacity", String.valueOf(f.capacity()));
        m.put("status", f.status().name());
        m.put("opened_on", f.openedOn().map(LocalDate::toString).orElse(""));
        m.put("closed_on", f.closedOn().map(LocalDate::toString).orElse(""));
        m.put("source", f.source());
        m.put("synthetic", String.valueOf(f.synthetic()));
        return m;
    }

    /** Writes a registry as UTF-8 CSV with the {@link #COLUMNS} header. */
    public static void writeCsv(List<FacilityRecord> records, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (FacilityRecord f : records) {
                Map<String, String> v = values(f);
                w.write(String.join(
                        ",", COLUMNS.stream().map(c -> quote(v.get(c))).toList()));
                w.write('\n');
            }
        }
    }

    /** Writes a registry as a GeoJSON FeatureCollection of Points with the CSV columns as properties. */
    public static void writeGeoJson(List<FacilityRecord> records, Path file) throws IOException {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (FacilityRecord f : records) {
            ObjectNode n = features.addObject();
            n.put("type", "Feature");
            ObjectNode g = n.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(f.lon()).add(f.lat());
            ObjectNode p = n.putObject("properties");
            p.put("id", f.id());
            p.put("name", f.name());
            p.put("kind", f.kind().name());
            p.put("division_code", f.divisionCode());
            p.put("served_codes", String.join("|", f.servedCodes()));
            p.put("capacity", f.capacity());
            p.put("status", f.status().name());
            p.put("opened_on", f.openedOn().map(LocalDate::toString).orElse(""));
            p.put("closed_on", f.closedOn().map(LocalDate::toString).orElse(""));
            p.put("source", f.source());
            p.put("synthetic", f.synthetic());
        }
        JSON.writeValue(file.toFile(), fc);
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
