package org.civmap.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.Snap;
import org.civmap.core.network.SnapIndex;

/**
 * Computes, in one multi-source search, each demand point's nearest facility by walking time, that
 * time and whether it is within the budget. Facilities and demand are snapped to the network; the
 * snap distance is part of every result, and points beyond the snap limit are reported with status
 * {@link Status#TOO_FAR_FROM_NETWORK}. Thread-safe: each call uses its own search state.
 */
public final class WalkCoverage {

    /** What happened to one demand point or facility. */
    public enum Status {
        /** Within the budget of a facility. */
        COVERED,
        /** Reachable, but not within the budget. */
        BEYOND_BUDGET,
        /** On the network, but no facility's search reached it (or it is on another component). */
        UNREACHED,
        /** Farther from any walkable way than the snap limit. */
        TOO_FAR_FROM_NETWORK
    }

    /** A facility as placed on the network. */
    public record PlacedFacility(Facility facility, double snapMetres, Status status) {}

    /**
     * One demand point's answer.
     *
     * @param facilityIndex index into the facility list of the nearest facility, -1 when none
     * @param seconds walking time to it (including the snap walks when counted); +∞ when none
     */
    public record Assignment(DemandPoint demand, int facilityIndex, double seconds, double snapMetres, Status status) {
        /** Tells whether the point is within the budget. */
        public boolean covered() {
            return status == Status.COVERED;
        }
    }

    /** Totals over all demand points. */
    public record Totals(
            int demandPoints,
            int covered,
            int tooFarFromNetwork,
            double population,
            double coveredPopulation,
            double olderPopulation,
            double coveredOlderPopulation) {

        /** Returns the covered share of the older population, 0..1 (0 when there is none). */
        public double olderShareCovered() {
            return olderPopulation == 0 ? 0 : coveredOlderPopulation / olderPopulation;
        }
    }

    /** The whole answer. */
    public record Result(
            List<PlacedFacility> facilities, List<Assignment> assignments, Totals totals, WalkOptions options) {
        public Result {
            facilities = List.copyOf(facilities);
            assignments = List.copyOf(assignments);
        }
    }

    private WalkCoverage() {}

    /**
     * Computes walking coverage.
     *
     * @throws IllegalArgumentException when there is no facility
     */
    public static Result compute(
            SnapIndex index, List<Facility> facilities, List<DemandPoint> demand, WalkOptions options) {
        return compute(index, facilities, demand, options, Double.POSITIVE_INFINITY);
    }

    /**
     * Computes walking coverage, exploring the network no further than {@code searchLimitSeconds}:
     * demand beyond it is {@link Status#UNREACHED} rather than {@link Status#BEYOND_BUDGET}. The
     * unlimited form finds every point's nearest facility; a limit equal to the budget is what
     * isochrone tools compute, and what the benchmark compares.
     */
    public static Result compute(
            SnapIndex index,
            List<Facility> facilities,
            List<DemandPoint> demand,
            WalkOptions options,
            double searchLimitSeconds) {
        double speed = options.speedMetresPerSecond();
        double budget = options.budgetSeconds();
        List<PlacedFacility> placed = new ArrayList<>();
        List<Integer> seedNodes = new ArrayList<>();
        List<Double> seedSeconds = new ArrayList<>();
        List<Integer> seedLabels = new ArrayList<>();
        for (int i = 0; i < facilities.size(); i++) {
            Facility f = facilities.get(i);
            Optional<Snap> snap = index.snap(f.lon(), f.lat(), options.maxSnapMetres());
            if (snap.isEmpty()) {
                placed.add(new PlacedFacility(f, Double.NaN, Status.TOO_FAR_FROM_NETWORK));
                continue;
            }
            Snap s = snap.get();
            double access = options.countSnapDistance() ? s.snapMetres() / speed : 0;
            double[][] seeds = NetworkSearch.seedsFrom(s, index, speed);
            for (int k = 0; k < seeds[0].length; k++) {
                seedNodes.add((int) seeds[0][k]);
                seedSeconds.add(access + seeds[1][k]);
                seedLabels.add(i);
            }
            placed.add(new PlacedFacility(f, s.snapMetres(), Status.COVERED));
        }
        NetworkSearch search = new NetworkSearch(index.network());
        search.run(
                seedNodes.stream().mapToInt(Integer::intValue).toArray(),
                seedSeconds.stream().mapToDouble(Double::doubleValue).toArray(),
                seedLabels.stream().mapToInt(Integer::intValue).toArray(),
                speed,
                searchLimitSeconds);
        List<Assignment> out = new ArrayList<>(demand.size());
        int covered = 0, tooFar = 0;
        double pop = 0, popCovered = 0, older = 0, olderCovered = 0;
        for (DemandPoint d : demand) {
            pop += d.population();
            older += d.olderPopulation();
            Optional<Snap> snap = index.snap(d.lon(), d.lat(), options.maxSnapMetres());
            if (snap.isEmpty()) {
                tooFar++;
                out.add(new Assignment(d, -1, Double.POSITIVE_INFINITY, Double.NaN, Status.TOO_FAR_FROM_NETWORK));
                continue;
            }
            Snap s = snap.get();
            double[] reach = search.reach(s, index, speed);
            double seconds = reach[0] + (options.countSnapDistance() ? s.snapMetres() / speed : 0);
            Status status;
            if (reach[1] < 0) {
                status = Status.UNREACHED;
            } else if (seconds <= budget) {
                status = Status.COVERED;
                covered++;
                popCovered += d.population();
                olderCovered += d.olderPopulation();
            } else {
                status = Status.BEYOND_BUDGET;
            }
            out.add(new Assignment(
                    d, (int) reach[1], reach[1] < 0 ? Double.POSITIVE_INFINITY : seconds, s.snapMetres(), status));
        }
        Totals totals = new Totals(demand.size(), covered, tooFar, pop, popCovered, older, olderCovered);
        return new Result(placed, out, totals, options);
    }
}
