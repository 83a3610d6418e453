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
 * Reads facility points for a coverage run from CSV ({@code id,lon,lat}) or GeoJSON (Point
 * features; {@code id} property or the feature index). All-or-nothing. Stateless.
 */
public final class FacilityPoints {

    private FacilityPoints() {}

    /**
     * Reads facilities.
     *
     * @throws DataFileException listing every bad row or feature
     */
    public static List<Facility> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Facility> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (name.endsWith(".csv")) {
            CsvTable t = CsvTable.read(file, List.of("id", "lon", "lat"));
            problems.addAll(t.problems());
            for (CsvTable.Row r : t.rows()) {
                add(r.get("id").trim(), r.get("lon"), r.get("lat"), r.problem(""), ids, result, problems);
            }
        } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
            for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
                String where = file.getFileName() + "#" + f.index() + ": ";
                if (!(f.geometry() instanceof Point p)) {
                    problems.add(where + "geometry must be a Point, was "
                            + f.geometry().getGeometryType());
                    continue;
                }
                String id = f.property("id").isBlank() ? String.valueOf(f.index()) : f.property("id");
                add(id, String.valueOf(p.getX()), String.valueOf(p.getY()), where, ids, result, problems);
            }
        } else {
            throw new IllegalArgumentException("facilities file must be .csv or .geojson, was " + file.getFileName());
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return result;
    }

    private static void add(
            String id,
            String lon,
            String lat,
            String where,
            Set<String> ids,
            List<Facility> out,
            List<String> problems) {
        if (id.isEmpty()) {
            problems.add(where + "id must not be empty");
            return;
        }
        if (!ids.add(id)) {
            problems.add(where + "duplicate id '" + id + "'");
            return;
        }
        try {
            out.add(new Facility(id, Double.parseDouble(lon.trim()), Double.parseDouble(lat.trim())));
        } catch (NumberFormatException e) {
            problems.add(where + "lon and lat must be numbers, were '" + lon + "', '" + lat + "'");
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
        }
    }
}
