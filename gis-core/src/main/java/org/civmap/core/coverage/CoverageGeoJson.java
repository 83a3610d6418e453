package org.civmap.core.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes coverage results, gaps and isochrones as GeoJSON FeatureCollections. Stateless. */
public final class CoverageGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CoverageGeoJson() {}

    /**
     * Returns one feature per demand point (kind {@code demand}), one per gap (kind {@code gap}),
     * and the totals, options and per-division summary as members of the collection.
     */
    public static ObjectNode coverage(
            WalkCoverage.Result r, List<CoverageGaps.Gap> gaps, List<CoverageSummary.Row> summary) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (WalkCoverage.Assignment a : r.assignments()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(a.demand().lon()).add(a.demand().lat());
            ObjectNode p = f.putObject("properties");
            p.put("kind", "demand");
            p.put("id", a.demand().id());
            p.put("population", a.demand().population());
            p.put("olderPopulation", a.demand().olderPopulation());
            p.put("divisionCode", a.demand().divisionCode());
            p.put("origin", a.demand().origin());
            p.put("status", a.status().name());
            p.put("covered", a.covered());
            if (a.facilityIndex() >= 0) {
                p.put(
                        "facilityId",
                        r.facilities().get(a.facilityIndex()).facility().id());
                p.put("walkSeconds", Math.round(a.seconds() * 10) / 10.0);
            }
            if (!Double.isNaN(a.snapMetres())) {
                p.put("snapMetres", Math.round(a.snapMetres() * 10) / 10.0);
            }
        }
        for (CoverageGaps.Gap gap : gaps) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.set("geometry", geometry(gap.area()));
            ObjectNode p = f.putObject("properties");
            p.put("kind", "gap");
            p.put("demandPoints", gap.demandPoints());
            p.put("population", gap.population());
            p.put("olderPopulation", gap.olderPopulation());
        }
        ObjectNode t = fc.putObject("totals");
        t.put("demandPoints", r.totals().demandPoints());
        t.put("covered", r.totals().covered());
        t.put("tooFarFromNetwork", r.totals().tooFarFromNetwork());
        t.put("olderPopulation", r.totals().olderPopulation());
        t.put("coveredOlderPopulation", r.totals().coveredOlderPopulation());
        t.put("olderShareCovered", r.totals().olderShareCovered());
        ObjectNode o = fc.putObject("options");
        o.put("walkMinutes", r.options().walkMinutes());
        o.put("speedMetresPerSecond", r.options().speedMetresPerSecond());
        o.put("maxSnapMetres", r.options().maxSnapMetres());
        ArrayNode facilities = fc.putArray("facilities");
        for (WalkCoverage.PlacedFacility pf : r.facilities()) {
            ObjectNode f = facilities.addObject();
            f.put("id", pf.facility().id());
            f.put(
                    "status",
                    pf.status() == WalkCoverage.Status.TOO_FAR_FROM_NETWORK
                            ? pf.status().name()
                            : "ON_NETWORK");
            if (!Double.isNaN(pf.snapMetres())) {
                f.put("snapMetres", Math.round(pf.snapMetres() * 10) / 10.0);
            }
        }
        ArrayNode rows = fc.putArray("byDivision");
        for (CoverageSummary.Row row : summary) {
            ObjectNode n = rows.addObject();
            n.put("divisionCode", row.divisionCode());
            n.put("demandPoints", row.demandPoints());
            n.put("olderPopulation", row.olderPopulation());
            n.put("coveredOlderPopulation", row.coveredOlderPopulation());
            n.put("share", row.share());
        }
        return fc;
    }

    /** Returns one Polygon/MultiPolygon feature per band, largest last, with its minutes. */
    public static ObjectNode isochrones(List<IsochroneBuilder.Band> bands) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (IsochroneBuilder.Band b : bands) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.set("geometry", geometry(b.polygon()));
            ObjectNode p = f.putObject("properties");
            p.put("minutes", b.minutes());
            p.put("reachedNodes", b.reachedNodes());
        }
        return fc;
    }

    static JsonNode geometry(Geometry g) {
        GeoJsonWriter w = new GeoJsonWriter(7);
        w.setEncodeCRS(false);
        try {
            return JSON.readTree(w.write(g));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("GeoJSON writer produced invalid JSON", e);
        }
    }
}
