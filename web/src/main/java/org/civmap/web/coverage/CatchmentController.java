package org.civmap.web.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.civmap.core.catchment.Catchments;
import org.civmap.core.catchment.FloatingCatchment;
import org.civmap.core.catchment.TravelCosts;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.Facility;
import org.civmap.core.coverage.WalkOptions;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catchments over HTTP: each facility's nearest-by-time catchment with its load, and each home's
 * 2SFCA accessibility. Walking times over the loaded network, else straight-line times, labelled.
 */
@RestController
@Tag(name = "coverage")
class CatchmentController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FACILITIES = 2_000;
    private static final int MAX_DEMAND = 50_000;

    private final WalkNetworkHolder walk;
    private final WalkNetworkHolder drive;

    CatchmentController(
            WalkNetworkHolder walk,
            @org.springframework.beans.factory.annotation.Qualifier("drive") WalkNetworkHolder drive) {
        this.walk = walk;
        this.drive = drive;
    }

    record SupplyIn(String id, Double lon, Double lat, Integer capacity) {}

    record CatchmentRequest(
            List<SupplyIn> facilities,
            List<CoverageController.DemandIn> demand,
            Double minutes,
            Double speedMps,
            Double uptake,
            String mode) {}

    @PostMapping(value = "/api/catchments", produces = "application/geo+json")
    @Operation(summary = "Nearest-facility catchments with load and overload, and 2SFCA accessibility per home")
    ObjectNode catchments(@RequestBody CatchmentRequest r) {
        if (r.facilities() == null
                || r.facilities().isEmpty()
                || r.demand() == null
                || r.demand().isEmpty()) {
            throw new IllegalArgumentException("facilities and demand must each list at least one point");
        }
        if (r.facilities().size() > MAX_FACILITIES || r.demand().size() > MAX_DEMAND) {
            throw new IllegalArgumentException(
                    "at most " + MAX_FACILITIES + " facilities and " + MAX_DEMAND + " homes per request");
        }
        List<Facility> facilities = new ArrayList<>();
        List<Integer> capacities = new ArrayList<>();
        for (int i = 0; i < r.facilities().size(); i++) {
            SupplyIn s = r.facilities().get(i);
            if (s.lon() == null || s.lat() == null || s.capacity() == null || s.capacity() < 0) {
                throw new IllegalArgumentException("facilities[" + i + "]: lon, lat and a capacity >= 0 are required");
            }
            facilities.add(new Facility(s.id() == null ? String.valueOf(i) : s.id(), s.lon(), s.lat()));
            capacities.add(s.capacity());
        }
        List<DemandPoint> demand = CoverageController.demandPoints(r.demand());
        boolean driving = "drive".equals(r.mode());
        if (r.mode() != null && !driving && !"walk".equals(r.mode())) {
            throw new IllegalArgumentException("mode must be walk or drive, was '" + r.mode() + "'");
        }
        WalkOptions options = WalkOptions.defaults().withWalkMinutes(r.minutes() == null ? 15 : r.minutes());
        if (r.speedMps() != null && !driving) {
            options = options.withSpeedMetresPerSecond(r.speedMps());
        }
        double limit = options.budgetSeconds();
        TravelCosts costs;
        if (driving) {
            // driving networks store seconds at the 1 m/s reference
            var index = drive.index()
                    .orElseThrow(() -> new IllegalStateException("no driving network loaded: build one with ./civmap"
                            + " network build --mode drive --osm FILE --out " + drive.dir()));
            costs = TravelCosts.network(
                    index,
                    facilities,
                    demand,
                    options.withSpeedMetresPerSecond(1.0).withCountSnapDistance(false),
                    limit);
        } else if (walk.index().isPresent()) {
            costs = TravelCosts.network(walk.index().get(), facilities, demand, options, limit);
        } else {
            costs = TravelCosts.straightLine(facilities, demand, options.speedMetresPerSecond());
        }
        List<Catchments.Catchment> catchments =
                Catchments.nearest(capacities, demand, costs, limit, r.uptake() == null ? 1.0 : r.uptake());
        FloatingCatchment.Result access = FloatingCatchment.twoStep(
                capacities.stream().map(Integer::doubleValue).toList(), demand, costs, FloatingCatchment.within(limit));

        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.put("travelMethod", driving ? "driving network" : costs.method());
        if (costs.method().equals("straight line")) {
            fc.put("note", "no walking network loaded: straight-line times at the walking speed, a fallback");
        }
        ArrayNode features = fc.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        for (Catchments.Catchment c : catchments) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            try {
                f.set("geometry", JSON.readTree(writer.write(c.outline())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            ObjectNode p = f.putObject("properties");
            p.put("kind", "catchment");
            p.put("facilityId", facilities.get(c.facility()).id());
            p.put("homes", c.demand().size());
            p.put("population", c.population());
            p.put("olderPopulation", c.olderPopulation());
            p.put("capacity", c.capacity());
            p.put("load", c.load());
            p.put("overloaded", c.overloaded());
            p.put("supplyRatio", access.supplyRatio()[c.facility()]);
        }
        for (int i = 0; i < demand.size(); i++) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(demand.get(i).lon()).add(demand.get(i).lat());
            ObjectNode p = f.putObject("properties");
            p.put("kind", "demand");
            p.put("id", demand.get(i).id());
            p.put("placesPer1000Older", Math.round(access.per1000(i) * 1000) / 1000.0);
        }
        return fc;
    }
}
