package org.civmap.web.division;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.geo.Gcj02;
import org.civmap.core.geo.GeoCrs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the division registry: search, one unit with its boundary, children, re-import. */
@RestController
@Tag(name = "divisions", description = "行政区划 administrative divisions")
class DivisionController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GEOJSON_DECIMALS = 7;

    private final DivisionStore store;
    private final DivisionImporter importer;
    private final Path dataDir;
    private final List<Runnable> afterImport;

    DivisionController(
            DivisionStore store,
            DivisionImporter importer,
            @Value("${civmap.data-dir}") String dataDir,
            org.civmap.web.placename.PlaceNameService placeNames,
            org.civmap.web.facility.IndicatorService indicators) {
        this.store = store;
        this.importer = importer;
        this.dataDir = Path.of(dataDir);
        // caches built from the registry are rebuilt after a re-import
        this.afterImport = List.of(placeNames::reload, indicators::reload);
    }

    /** A page of divisions. */
    record PageView(List<DivisionView> items, int page, int size, long total) {}

    @GetMapping("/api/divisions")
    @Operation(summary = "Search divisions by level, parent and text (name, pinyin, initials, former name)")
    PageView search(
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (q != null && q.length() > 200) {
            throw new IllegalArgumentException("q must be at most 200 characters, was " + q.length());
        }
        if (parent != null && !parent.isBlank()) {
            checkCode(parent.trim(), "parent");
        }
        DivisionLevel l = level == null || level.isBlank() ? null : DivisionLevel.parse(level);
        DivisionStore.Page p = store.search(l, parent, q, page, size);
        return new PageView(p.items().stream().map(DivisionView::of).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping(
            value = "/api/divisions/{code}",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One division as a GeoJSON Feature with its parent chain, former names and boundary")
    JsonNode get(@PathVariable String code, @RequestParam(defaultValue = "wgs84") String crs) {
        checkCode(code, "code");
        GeoCrs target = GeoCrs.parse(crs);
        Division d = store.find(code).orElseThrow(() -> new DivisionNotFoundException(code));
        ObjectNode feature = JSON.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", d.code());
        Geometry boundary = store.boundary(code).orElse(null);
        ObjectNode props = JSON.valueToTree(DivisionView.of(d));
        props.set("parents", JSON.valueToTree(parents(d)));
        props.set("formerNames", JSON.valueToTree(store.formerNames(code)));
        props.put("childCount", store.childCount(code));
        props.put("crs", target.name().toLowerCase());
        if (boundary != null) {
            Geometry served = target == GeoCrs.GCJ02 ? Gcj02.fromWgs84(boundary) : boundary;
            Point c = boundary.getCentroid();
            double[] centroid = target == GeoCrs.GCJ02
                    ? new double[] {Gcj02.fromWgs84(c.getX(), c.getY()).x, Gcj02.fromWgs84(c.getX(), c.getY()).y}
                    : new double[] {c.getX(), c.getY()};
            ArrayNode centroidNode = props.putArray("centroid");
            centroidNode.add(round(centroid[0])).add(round(centroid[1]));
            props.put(
                    "geometrySource",
                    target == GeoCrs.GCJ02
                            ? "stored WGS84, converted to GCJ-02 for AMap/Gaode basemaps"
                            : "AMap GCJ-02 polygons converted to WGS84/CGCS2000 on import");
            feature.set("geometry", geoJson(served));
        } else {
            feature.putNull("geometry");
        }
        feature.set("properties", props);
        return feature;
    }

    @GetMapping("/api/divisions/{code}/children")
    @Operation(summary = "The units directly below a division, in code order")
    List<DivisionView> children(@PathVariable String code) {
        checkCode(code, "code");
        store.find(code).orElseThrow(() -> new DivisionNotFoundException(code));
        return store.children(code).stream().map(DivisionView::of).toList();
    }

    @GetMapping("/api/divisions/resolve")
    @Operation(summary = "Resolve a name, current or former (e.g. 思茅市), to today's units")
    List<Map<String, Object>> resolve(@RequestParam String name) {
        String n = name.trim();
        if (n.isEmpty() || n.length() > 100) {
            throw new IllegalArgumentException("name must be 1..100 characters, was " + n.length());
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Division d : store.search(null, null, n, 0, 500).items()) {
            if (d.name().equals(n)) {
                result.add(Map.of("division", DivisionView.of(d), "matchedName", n, "current", true));
            }
        }
        for (String code : store.codesWithFormerName(n)) {
            store.find(code)
                    .ifPresent(d -> result.add(Map.of(
                            "division",
                            DivisionView.of(d),
                            "matchedName",
                            n,
                            "current",
                            false,
                            "formerNames",
                            store.formerNames(code))));
        }
        return result;
    }

    @PostMapping("/api/admin/divisions/import")
    @Operation(summary = "Re-import the bundled division registry (ADMIN); all-or-nothing")
    DivisionImporter.Report reimport(@RequestParam(defaultValue = "false") boolean repair) {
        DivisionImporter.Report report = importer.importFrom(dataDir, repair);
        afterImport.forEach(Runnable::run);
        return report;
    }

    private List<DivisionView> parents(Division d) {
        List<DivisionView> chain = new ArrayList<>();
        String parent = d.parentCode();
        while (!parent.isEmpty()) {
            Division p = store.find(parent).orElse(null);
            if (p == null) {
                break;
            }
            chain.add(0, DivisionView.of(p));
            parent = p.parentCode();
        }
        return chain;
    }

    static void checkCode(String code, String field) {
        int n = code.length();
        if (!(n == 2 || n == 4 || n == 6 || n == 9 || n == 12) || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " must be an NBS division code of 2, 4, 6, 9 or 12 digits, was '"
                    + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "'");
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e7) / 1e7;
    }

    private static JsonNode geoJson(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter(GEOJSON_DECIMALS);
        writer.setEncodeCRS(false);
        try {
            return JSON.readTree(writer.write(g));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("GeoJSON writer produced invalid JSON", e);
        }
    }
}
