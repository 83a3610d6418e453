package org.civmap.core.division;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civmap.core.geo.Gcj02;
import org.civmap.core.io.DataFileException;
import org.civmap.core.io.GeoJsonFeatures;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads boundary polygons published in GCJ-02 (AMap district data), converts them to WGS84 and
 * checks that each is a valid polygon. Stateless and thread-safe.
 */
public final class BoundaryReader {

    /**
     * The polygons read, what {@code repair} changed, and features whose adcode was outdated and
     * matched to the registry by name (each noted).
     */
    public record Result(List<DivisionBoundary> boundaries, List<String> repairs, List<String> remapped) {
        public Result {
            boundaries = List.copyOf(boundaries);
            repairs = List.copyOf(repairs);
            remapped = List.copyOf(remapped);
        }
    }

    private BoundaryReader() {}

    /**
     * Reads one GeoJSON file whose features carry an {@code adcode} (6 digits, zero-padded for
     * provinces and prefectures) at one level.
     *
     * @param registry code → name of the registry's units at that level. A feature whose adcode is
     *     not among them but whose name is, once, within the same parent, is matched by name and
     *     noted in {@link Result#remapped()} (AMap keeps some codes from before a re-designation);
     *     any other unknown adcode is an error
     * @param repair when true, invalid polygons are made valid with JTS GeometryFixer and each change
     *     is reported; when false they are errors
     * @throws DataFileException listing every bad feature as {@code file#index (adcode): reason}
     */
    public static Result read(Path file, DivisionLevel level, Map<String, String> registry, boolean repair) {
        String name = file.getFileName().toString();
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(file);
        List<DivisionBoundary> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        List<String> remapped = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : features) {
            String adcode = f.property("adcode");
            String where = name + "#" + f.index() + " (adcode " + adcode + " " + f.property("name") + ")";
            if (adcode.length() != 6 || !adcode.chars().allMatch(Character::isDigit)) {
                problems.add(where + ": adcode must be 6 digits");
                continue;
            }
            String code = adcode.substring(0, level.codeLength());
            if (!adcode.substring(level.codeLength()).chars().allMatch(c -> c == '0')) {
                problems.add(
                        where + ": adcode does not denote a " + level.name().toLowerCase(Locale.ROOT));
                continue;
            }
            if (!registry.containsKey(code)) {
                String byName = matchByName(registry, code, f.property("name"), level);
                if (byName == null) {
                    problems.add(
                            where + ": no " + level.name().toLowerCase(Locale.ROOT) + " " + code + " in the registry");
                    continue;
                }
                remapped.add(where + ": adcode " + code + " is not in the registry; matched by name to " + byName);
                code = byName;
            }
            Geometry g = f.geometry();
            if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
                problems.add(where + ": expected Polygon or MultiPolygon, was " + g.getGeometryType());
                continue;
            }
            Geometry wgs = Gcj02.toWgs84(g);
            wgs.setSRID(4326);
            IsValidOp op = new IsValidOp(wgs);
            if (!op.isValid()) {
                TopologyValidationError err = op.getValidationError();
                String reason =
                        err.getMessage() + " at POINT (" + err.getCoordinate().x + " " + err.getCoordinate().y + ")";
                if (!repair) {
                    problems.add(where + ": invalid polygon: " + reason + " (use --repair to fix)");
                    continue;
                }
                Geometry fixed = GeometryFixer.fix(wgs);
                fixed.setSRID(4326);
                repairs.add(String.format(
                        Locale.ROOT,
                        "%s: repaired %s; area %.6f -> %.6f deg², %d -> %d vertices",
                        where,
                        reason,
                        wgs.getArea(),
                        fixed.getArea(),
                        wgs.getNumPoints(),
                        fixed.getNumPoints()));
                wgs = fixed;
            }
            result.add(new DivisionBoundary(code, wgs, name + " (GCJ-02 converted to WGS84 on import)"));
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return new Result(result, repairs, remapped);
    }

    private static String matchByName(Map<String, String> registry, String code, String name, DivisionLevel level) {
        String parentPrefix = code.substring(0, level.parent().codeLength());
        List<String> hits = registry.entrySet().stream()
                .filter(e -> e.getValue().equals(name) && e.getKey().startsWith(parentPrefix))
                .map(Map.Entry::getKey)
                .toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }
}
