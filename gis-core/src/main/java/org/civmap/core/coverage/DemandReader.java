package org.civmap.core.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.civmap.core.io.CsvTable;
import org.civmap.core.io.DataFileException;
import org.civmap.core.io.GeoJsonFeatures;
import org.locationtech.jts.geom.Point;

/**
 * Reads demand points from a user's CSV or GeoJSON file, all-or-nothing. Stateless and
 * thread-safe.
 *
 * <p>CSV ({@code .csv}): header with {@code id,lon,lat,population,older_population} in any order,
 * optional {@code division_code} and {@code origin} (default {@code observed}); other columns are
 * ignored. GeoJSON ({@code .geojson}, {@code .json}): a FeatureCollection of Point features with
 * properties {@code population}, {@code older_population}, optional {@code id} (default: the
 * 0-based feature index), {@code division_code} and {@code origin}.
 *
 * <p>Every row or feature is checked and every problem is reported at once: a field that is missing,
 * not a number, NaN or infinite; lon outside -180..180 or lat outside -90..90; coordinates that look
 * swapped (a point that lands in mainland China's bounding box only when read the other way
 * round: lon in 3..54 and lat in 73..136); a negative count; older_population above population; an unknown origin; an empty or
 * repeated id; a geometry that is not a non-empty Point.
 */
public final class DemandReader {

    /** CSV columns that must be present. */
    static final List<String> REQUIRED_COLUMNS = List.of("id", "lon", "lat", "population", "older_population");

    /** Tells whether (lon, lat) read the other way round would land in mainland China's bounding box. */
    static boolean looksSwapped(double lon, double lat) {
        return lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136;
    }

    /** Plain decimal numbers; Java's own parser would also take hex, {@code 1d} and {@code 1f}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private DemandReader() {}

    /**
     * Reads a demand file, choosing the format by extension ({@code .csv}, {@code .geojson} or
     * {@code .json}, case-insensitive).
     *
     * @return the points in file order; empty for a file with a header (or a collection) and no rows
     * @throws DataFileException listing every bad row as {@code file:line: reason} or feature as
     *     {@code file#index: reason}, in file order; nothing is returned then
     * @throws IllegalArgumentException when the extension is none of the above
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static List<DemandPoint> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return readGeoJson(file);
        }
        throw new IllegalArgumentException(
                "demand file must end in .csv, .geojson or .json, was " + file.getFileName());
    }

    private static List<DemandPoint> readCsv(Path file) {
        CsvTable table = CsvTable.read(file, REQUIRED_COLUMNS);
        boolean hasDivision = hasColumn(table, "division_code");
        boolean hasOrigin = hasColumn(table, "origin");
        Collector collector = new Collector();
        for (String problem : table.problems()) {
            collector.problems.add(new Problem(lineOf(table.file(), problem), problem));
        }
        for (CsvTable.Row r : table.rows()) {
            collector.add(new Raw(
                    r.line(),
                    table.file() + ":" + r.line(),
                    r.get("id").trim(),
                    r.get("lon"),
                    r.get("lat"),
                    r.get("population"),
                    r.get("older_population"),
                    hasDivision ? r.get("division_code").trim() : "",
                    hasOrigin ? r.get("origin").trim() : ""));
        }
        return collector.result();
    }

    private static List<DemandPoint> readGeoJson(Path file) {
        String name = file.getFileName().toString();
        Collector collector = new Collector();
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
            String where = name + "#" + f.index();
            if (!(f.geometry() instanceof Point p) || p.isEmpty()) {
                collector.problems.add(new Problem(
                        f.index(),
                        where + ": geometry must be a non-empty Point, was "
                                + (f.geometry().isEmpty() ? "empty " : "")
                                + f.geometry().getGeometryType()));
                continue;
            }
            String id = f.property("id").trim();
            collector.add(new Raw(
                    f.index(),
                    where,
                    id.isEmpty() ? String.valueOf(f.index()) : id,
                    String.valueOf(p.getX()),
                    String.valueOf(p.getY()),
                    f.property("population"),
                    f.property("older_population"),
                    f.property("division_code").trim(),
                    f.property("origin").trim()));
        }
        return collector.result();
    }

    private static boolean hasColumn(CsvTable table, String column) {
        return table.header().stream().anyMatch(h -> h.trim().equals(column));
    }

    /** Returns the line number of a {@code file:line: reason} problem from {@link CsvTable}. */
    private static int lineOf(String file, String problem) {
        String rest = problem.substring(file.length() + 1);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }

    /** One row or feature as text; {@code order} sorts problems into file order. */
    private record Raw(
            int order,
            String where,
            String id,
            String lon,
            String lat,
            String population,
            String older,
            String division,
            String origin) {}

    private record Problem(int order, String message) {}

    /** Accumulates points and problems for one file. Not thread-safe. */
    private static final class Collector {
        final List<DemandPoint> points = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Map<String, String> firstSeenAt = new HashMap<>();

        void add(Raw r) {
            int before = problems.size();
            if (r.id().isEmpty()) {
                problem(r, "id must not be empty");
            } else {
                String first = firstSeenAt.putIfAbsent(r.id(), r.where());
                if (first != null) {
                    problem(r, "duplicate id '" + r.id() + "' (first at " + first + ")");
                }
            }
            double lon = number(r, "lon", r.lon());
            double lat = number(r, "lat", r.lat());
            double population = number(r, "population", r.population());
            double older = number(r, "older_population", r.older());
            if (looksSwapped(lon, lat)) {
                problem(
                        r,
                        "lon/lat look swapped (lon " + r.lon().trim() + ", lat "
                                + r.lat().trim() + "): give longitude first");
            } else {
                if (lon < -180 || lon > 180) {
                    problem(r, "lon must be in -180..180, was '" + r.lon().trim() + "'");
                }
                if (lat < -90 || lat > 90) {
                    problem(r, "lat must be in -90..90, was '" + r.lat().trim() + "'");
                }
            }
            if (population < 0) {
                problem(r, "population must be >= 0, was '" + r.population().trim() + "'");
            }
            if (older < 0) {
                problem(r, "older_population must be >= 0, was '" + r.older().trim() + "'");
            } else if (population >= 0 && older > population) {
                problem(
                        r,
                        "older_population must not exceed population ("
                                + r.population().trim() + "), was '" + r.older().trim() + "'");
            }
            String origin = r.origin().isEmpty() ? "observed" : r.origin();
            if (!origin.equals("observed") && !origin.equals("estimated") && !origin.equals("synthetic")) {
                problem(r, "origin must be observed, estimated or synthetic, was '" + origin + "'");
            }
            if (problems.size() == before) {
                points.add(new DemandPoint(r.id(), lon, lat, population, older, r.division(), origin));
            }
        }

        /** Parses a field, recording a problem and returning NaN (which no range check trips) if bad. */
        private double number(Raw r, String field, String text) {
            String t = text.trim();
            if (t.isEmpty()) {
                problem(r, field + " is missing");
                return Double.NaN;
            }
            if (NOT_FINITE.matcher(t).matches()) {
                problem(r, field + " must be a finite number, was '" + t + "'");
                return Double.NaN;
            }
            if (!DECIMAL.matcher(t).matches()) {
                problem(r, field + " must be a number, was '" + t + "'");
                return Double.NaN;
            }
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                problem(r, field + " must be a finite number, was '" + t + "'");
                return Double.NaN;
            }
            return v;
        }

        private void problem(Raw r, String reason) {
            problems.add(new Problem(r.order(), r.where() + ": " + reason));
        }

        List<DemandPoint> result() {
            if (!problems.isEmpty()) {
                // stable: problems of one row keep their field order
                problems.sort(Comparator.comparingInt(Problem::order));
                throw new DataFileException(
                        problems.stream().map(Problem::message).toList());
            }
            return List.copyOf(points);
        }
    }
}
