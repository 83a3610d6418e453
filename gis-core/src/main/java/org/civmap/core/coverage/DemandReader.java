package org.civmap.core.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civmap.core.io.CsvTable;
import org.civmap.core.io.DataFileException;
import org.civmap.core.io.GeoJsonFeatures;
import org.locationtech.jts.geom.Point;

/**
 * Reads demand points from CSV ({@code id,lon,lat,population,older_population}, optional {@code
 * division_code} and {@code origin}) or GeoJSON (Point features with those properties; {@code id}
 * defaults to the feature index). All-or-nothing: every bad row is reported. Stateless.
 */
public final class DemandReader {

    private DemandReader() {}

    /**
     * Reads a demand file.
     *
     * @throws DataFileException listing every bad row as {@code file:line: reason} or feature as
     *     {@code file#index: reason}
     */
    public static List<DemandPoint> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<DemandPoint> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (name.endsWith(".csv")) {
            CsvTable t = CsvTable.read(file, List.of("id", "lon", "lat", "population", "older_population"));
            problems.addAll(t.problems());
            boolean hasDivision = t.header().contains("division_code");
            boolean hasOrigin = t.header().contains("origin");
            for (CsvTable.Row r : t.rows()) {
                add(
                        r.problem(""),
                        r.get("id").trim(),
                        r.get("lon"),
                        r.get("lat"),
                        r.get("population"),
                        r.get("older_population"),
                        hasDivision ? r.get("division_code").trim() : "",
                        hasOrigin ? r.get("origin").trim() : "",
                        ids,
                        out,
                        problems);
            }
        } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
            for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
                String where = file.getFileName() + "#" + f.index() + ": ";
                if (!(f.geometry() instanceof Point p)) {
                    problems.add(where + "geometry must be a Point, was "
                            + f.geometry().getGeometryType());
                    continue;
                }
                String id = f.property("id").isBlank()
                        ? String.valueOf(f.index())
                        : f.property("id").trim();
                add(
                        where,
                        id,
                        String.valueOf(p.getX()),
                        String.valueOf(p.getY()),
                        f.property("population"),
                        f.property("older_population"),
                        f.property("division_code").trim(),
                        f.property("origin").trim(),
                        ids,
                        out,
                        problems);
            }
        } else {
            throw new IllegalArgumentException(
                    "demand file must be .csv, .geojson or an OSM extract, was " + file.getFileName());
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return out;
    }

    private static void add(
            String where,
            String id,
            String lon,
            String lat,
            String population,
            String older,
            String division,
            String origin,
            Set<String> ids,
            List<DemandPoint> out,
            List<String> problems) {
        if (id.isEmpty()) {
            problems.add(where + "id must not be empty");
            return;
        }
        if (!ids.add(id)) {
            problems.add(where + "duplicate id '" + id + "'");
            return;
        }
        double x, y, pop, old;
        try {
            x = number("lon", lon);
            y = number("lat", lat);
            pop = number("population", population);
            old = number("older_population", older);
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
            return;
        }
        // a point whose lat/lon would fall in China only when read the other way round
        if (x >= 3 && x <= 54 && y >= 73 && y <= 136) {
            problems.add(where + "lon/lat look swapped (" + lon.trim() + "," + lat.trim() + "): give longitude first");
            return;
        }
        try {
            out.add(new DemandPoint(id, x, y, pop, old, division, origin.isEmpty() ? "observed" : origin));
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
}
