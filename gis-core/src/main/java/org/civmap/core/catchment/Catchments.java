package org.civmap.core.catchment;

import java.util.ArrayList;
import java.util.List;
import org.civmap.core.coverage.DemandPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Assigns demand to facilities — each home to its nearest facility within a time limit — and
 * describes each facility's catchment: the homes, the people and older people it serves, an outline,
 * and whether the older people it serves exceed its capacity. Stateless.
 */
public final class Catchments {

    /**
     * One facility's catchment.
     *
     * @param outline convex hull of its homes, buffered by ~50 m (in degrees); empty when it serves none
     * @param overloaded older people served × uptake exceeds capacity
     */
    public record Catchment(
            int facility,
            List<Integer> demand,
            double population,
            double olderPopulation,
            int capacity,
            double load,
            boolean overloaded,
            Geometry outline,
            String travelMethod) {
        public Catchment {
            demand = List.copyOf(demand);
        }
    }

    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final double OUTLINE_BUFFER_DEGREES = 0.0005;

    private Catchments() {}

    /**
     * Builds nearest-facility catchments.
     *
     * @param capacities capacity of each facility
     * @param maxSeconds homes farther than this from every facility belong to none
     * @param uptake share of the older people served who need a place, (0, 1]; with 1 a facility is
     *     overloaded when it serves more older people than it has places
     */
    public static List<Catchment> nearest(
            List<Integer> capacities, List<DemandPoint> demand, TravelCosts costs, double maxSeconds, double uptake) {
        if (!(uptake > 0 && uptake <= 1)) {
            throw new IllegalArgumentException("uptake must be in (0, 1], was " + uptake);
        }
        int n = capacities.size();
        List<List<Integer>> assigned = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            assigned.add(new ArrayList<>());
        }
        for (int i = 0; i < demand.size(); i++) {
            int best = -1;
            double bestT = maxSeconds;
            for (int j = 0; j < n; j++) {
                double t = costs.seconds(j, i);
                if (t <= bestT && (best < 0 || t < bestT)) {
                    best = j;
                    bestT = t;
                }
            }
            if (best >= 0) {
                assigned.get(best).add(i);
            }
        }
        List<Catchment> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double pop = 0, older = 0;
            List<Coordinate> points = new ArrayList<>();
            for (int i : assigned.get(j)) {
                pop += demand.get(i).population();
                older += demand.get(i).olderPopulation();
                points.add(new Coordinate(demand.get(i).lon(), demand.get(i).lat()));
            }
            Geometry outline = points.isEmpty()
                    ? WGS84.createPolygon()
                    : WGS84.createMultiPointFromCoords(points.toArray(Coordinate[]::new))
                            .convexHull()
                            .buffer(OUTLINE_BUFFER_DEGREES, 4);
            double load = older * uptake;
            int capacity = capacities.get(j);
            out.add(new Catchment(
                    j, assigned.get(j), pop, older, capacity, load, load > capacity, outline, costs.method()));
        }
        return out;
    }

    /**
     * Builds administrative catchments: each facility serves the homes of its own unit (the homes
     * whose division code starts with the facility's unit code), the most specific unit first; a home
     * in a unit with several facilities is shared equally among them.
     *
     * @param unitCodes the unit each facility serves, e.g. a township code
     */
    public static List<Catchment> administrative(
            List<String> unitCodes, List<Integer> capacities, List<DemandPoint> demand, double uptake) {
        if (unitCodes.size() != capacities.size()) {
            throw new IllegalArgumentException(
                    "unitCodes and capacities differ in size: " + unitCodes.size() + " and " + capacities.size());
        }
        int n = unitCodes.size();
        double[] pop = new double[n];
        double[] older = new double[n];
        List<List<Integer>> served = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            served.add(new ArrayList<>());
        }
        for (int i = 0; i < demand.size(); i++) {
            // the most specific unit wins: a township's facilities serve its homes before the county's
            List<Integer> mine = new ArrayList<>();
            int longest = 0;
            String code = demand.get(i).divisionCode();
            for (int j = 0; j < n; j++) {
                String unit = unitCodes.get(j);
                if (code.isEmpty() || !code.startsWith(unit) || unit.length() < longest) {
                    continue;
                }
                if (unit.length() > longest) {
                    mine.clear();
                    longest = unit.length();
                }
                mine.add(j);
            }
            for (int j : mine) {
                served.get(j).add(i);
                pop[j] += demand.get(i).population() / mine.size();
                older[j] += demand.get(i).olderPopulation() / mine.size();
            }
        }
        List<Catchment> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double load = older[j] * uptake;
            out.add(new Catchment(
                    j,
                    served.get(j),
                    pop[j],
                    older[j],
                    capacities.get(j),
                    load,
                    load > capacities.get(j),
                    WGS84.createPolygon(),
                    "administrative"));
        }
        return out;
    }
}
