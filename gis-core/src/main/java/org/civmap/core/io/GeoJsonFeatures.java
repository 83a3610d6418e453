package org.civmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Reads a GeoJSON FeatureCollection into features that keep their index. Stateless. */
public final class GeoJsonFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** One feature: its 0-based index in the collection, its properties as text, its geometry. */
    public record Feature(int index, Map<String, String> properties, Geometry geometry) {
        public Feature {
            properties = Map.copyOf(properties);
        }

        /** Returns a property value, or empty string when absent. */
        public String property(String key) {
            return properties.getOrDefault(key, "");
        }
    }

    private GeoJsonFeatures() {}

    /**
     * Reads every feature of a FeatureCollection file.
     *
     * @throws DataFileException naming the file and feature index for malformed JSON or geometry
     */
    public static List<Feature> read(Path path) {
        String name = path.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                throw new DataFileException(name + ": not valid JSON: "
                        + ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage());
            }
            throw new UncheckedIOException("cannot read " + path, e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new DataFileException(name + ": expected a GeoJSON FeatureCollection");
        }
        JsonNode features = root.path("features");
        List<Feature> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader(WGS84);
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            Map<String, String> props = new LinkedHashMap<>();
            f.path("properties")
                    .fields()
                    .forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
            JsonNode g = f.path("geometry");
            if (g.isMissingNode() || g.isNull()) {
                problems.add(name + "#" + i + ": feature has no geometry");
                continue;
            }
            try {
                Geometry geometry = reader.read(g.toString());
                geometry.setSRID(4326);
                result.add(new Feature(i, props, geometry));
            } catch (ParseException | RuntimeException e) {
                problems.add(name + "#" + i + ": unreadable geometry: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return result;
    }
}
