package org.civmap.web.coverage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civmap.core.coverage.CoverageGaps;
import org.civmap.core.coverage.CoverageGeoJson;
import org.civmap.core.coverage.CoverageSummary;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.Facility;
import org.civmap.core.coverage.IsochroneBuilder;
import org.civmap.core.coverage.WalkCoverage;
import org.civmap.core.coverage.WalkOptions;
import org.civmap.core.network.SnapIndex;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Isochrones and walking coverage over the loaded walking network. Reads only: open to everyone. */
@RestController
@Tag(name = "coverage", description = "15分钟步行覆盖 walking coverage and isochrones")
class CoverageController {

    private static final int MAX_FACILITIES = 10_000;
    private static final int MAX_DEMAND = 500_000;

    private final WalkNetworkHolder network;

    CoverageController(WalkNetworkHolder network) {
        this.network = network;
    }

    /** An isochrone request; minutes default to 5, 10, 15. */
    record IsochroneRequest(Double lon, Double lat, List<Double> minutes, Double speedMps, Double maxSnapMetres) {}

    /** A facility in a coverage request. */
    record FacilityIn(String id, Double lon, Double lat) {}

    /** A home in a coverage request. */
    public record DemandIn(
            String id,
            Double lon,
            Double lat,
            Double population,
            Double olderPopulation,
            String divisionCode,
            String origin) {}

    /** A coverage request. */
    record CoverageRequest(
            List<FacilityIn> facilities,
            List<DemandIn> demand,
            Double minutes,
            Double speedMps,
            Double maxSnapMetres,
            Double gapRadiusMetres) {}

    @PostMapping(value = "/api/isochrones", produces = "application/geo+json")
    @Operation(summary = "Areas reachable on foot from a point within each budget (GeoJSON, smallest band first)")
    ObjectNode isochrones(@RequestBody IsochroneRequest r) {
        if (r.lon() == null || r.lat() == null) {
            throw new IllegalArgumentException("lon and lat are required");
        }
        List<Double> minutes = r.minutes() == null || r.minutes().isEmpty() ? List.of(5.0, 10.0, 15.0) : r.minutes();
        if (minutes.size() > 12) {
            throw new IllegalArgumentException("minutes may list at most 12 budgets, was " + minutes.size());
        }
        return CoverageGeoJson.isochrones(new IsochroneBuilder(index())
                .around(r.lon(), r.lat(), minutes, options(r.speedMps(), r.maxSnapMetres(), 15.0)));
    }

    @PostMapping(value = "/api/coverage/walk", produces = "application/geo+json")
    @Operation(
            summary = "Each home's nearest facility by walking time, coverage totals, gap areas, per-division shares")
    ObjectNode walk(@RequestBody CoverageRequest r) {
        if (r.facilities() == null || r.facilities().isEmpty()) {
            throw new IllegalArgumentException("facilities must list at least one facility");
        }
        if (r.demand() == null || r.demand().isEmpty()) {
            throw new IllegalArgumentException("demand must list at least one home");
        }
        if (r.facilities().size() > MAX_FACILITIES || r.demand().size() > MAX_DEMAND) {
            throw new IllegalArgumentException("at most " + MAX_FACILITIES + " facilities and " + MAX_DEMAND
                    + " homes per request; use ./civmap coverage walk for more");
        }
        List<Facility> facilities = new ArrayList<>();
        for (int i = 0; i < r.facilities().size(); i++) {
            FacilityIn f = r.facilities().get(i);
            if (f.lon() == null || f.lat() == null) {
                throw new IllegalArgumentException("facilities[" + i + "]: lon and lat are required");
            }
            facilities.add(new Facility(f.id() == null ? String.valueOf(i) : f.id(), f.lon(), f.lat()));
        }
        List<DemandPoint> demand = demandPoints(r.demand());
        WalkOptions options = options(r.speedMps(), r.maxSnapMetres(), r.minutes() == null ? 15.0 : r.minutes());
        WalkCoverage.Result result = WalkCoverage.compute(index(), facilities, demand, options);
        List<CoverageGaps.Gap> gaps =
                CoverageGaps.find(result, r.gapRadiusMetres() == null ? 100 : r.gapRadiusMetres());
        return CoverageGeoJson.coverage(result, gaps, CoverageSummary.byDivision(result, Map.of()));
    }

    /**
     * Converts request homes to demand points, naming the index of a bad one.
     *
     * @throws IllegalArgumentException e.g. {@code demand[3]: lon, lat, population and olderPopulation are required}
     */
    static List<DemandPoint> demandPoints(List<DemandIn> in) {
        List<DemandPoint> demand = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            DemandIn d = in.get(i);
            if (d.lon() == null || d.lat() == null || d.population() == null || d.olderPopulation() == null) {
                throw new IllegalArgumentException(
                        "demand[" + i + "]: lon, lat, population and olderPopulation are required");
            }
            try {
                demand.add(new DemandPoint(
                        d.id() == null ? String.valueOf(i) : d.id(),
                        d.lon(),
                        d.lat(),
                        d.population(),
                        d.olderPopulation(),
                        d.divisionCode() == null ? "" : d.divisionCode(),
                        d.origin() == null ? "observed" : d.origin()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("demand[" + i + "]: " + e.getMessage());
            }
        }
        return demand;
    }

    private SnapIndex index() {
        return network.index()
                .orElseThrow(() -> new IllegalStateException("no walking network loaded: build one with ./civmap"
                        + " network build --osm FILE --out " + network.dir()));
    }

    private static WalkOptions options(Double speed, Double snap, double minutes) {
        WalkOptions o = WalkOptions.defaults().withWalkMinutes(minutes);
        if (speed != null) {
            o = o.withSpeedMetresPerSecond(speed);
        }
        if (snap != null) {
            o = o.withMaxSnapMetres(snap);
        }
        return o;
    }
}
