package org.civmap.core.catchment;

import java.util.List;
import java.util.Optional;
import org.civmap.core.coverage.DemandPoint;
import org.civmap.core.coverage.Facility;
import org.civmap.core.coverage.WalkOptions;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.Snap;
import org.civmap.core.network.SnapIndex;

/**
 * Travel times between supply points (facilities) and demand points, in seconds; +∞ where beyond
 * the limit or unreachable. Implementations are immutable once built.
 */
public interface TravelCosts {

    /** Returns the time from facility {@code supply} to demand point {@code demand}. */
    double seconds(int supply, int demand);

    /** Returns how the times were measured, for labels: "network" or "straight line". */
    String method();

    /** Returns a matrix of explicit times, e.g. a worked example: {@code seconds[supply][demand]}. */
    static TravelCosts matrix(double[][] seconds, String method) {
        double[][] copy = new double[seconds.length][];
        for (int i = 0; i < seconds.length; i++) {
            copy[i] = seconds[i].clone();
        }
        return new TravelCosts() {
            @Override
            public double seconds(int supply, int demand) {
                return copy[supply][demand];
            }

            @Override
            public String method() {
                return method;
            }
        };
    }

    /**
     * Returns straight-line times at a walking speed: the labelled fallback when no network is
     * loaded.
     */
    static TravelCosts straightLine(List<Facility> facilities, List<DemandPoint> demand, double speedMetresPerSecond) {
        double[][] m = new double[facilities.size()][demand.size()];
        double r = 6_371_008.8;
        for (int j = 0; j < facilities.size(); j++) {
            Facility f = facilities.get(j);
            for (int i = 0; i < demand.size(); i++) {
                DemandPoint d = demand.get(i);
                double p1 = Math.toRadians(f.lat()), p2 = Math.toRadians(d.lat());
                double dp = p2 - p1, dl = Math.toRadians(d.lon() - f.lon());
                double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
                m[j][i] = 2 * r * Math.asin(Math.min(1, Math.sqrt(a))) / speedMetresPerSecond;
            }
        }
        return matrix(m, "straight line");
    }

    /**
     * Returns walking times over the network: one search per facility, limited to {@code
     * maxSeconds}; demand or facilities too far from the network are unreachable.
     */
    static TravelCosts network(
            SnapIndex index,
            List<Facility> facilities,
            List<DemandPoint> demand,
            WalkOptions options,
            double maxSeconds) {
        double speed = options.speedMetresPerSecond();
        Snap[] demandSnaps = new Snap[demand.size()];
        for (int i = 0; i < demand.size(); i++) {
            demandSnaps[i] = index.snap(demand.get(i).lon(), demand.get(i).lat(), options.maxSnapMetres())
                    .orElse(null);
        }
        double[][] m = new double[facilities.size()][demand.size()];
        NetworkSearch search = new NetworkSearch(index.network());
        for (int j = 0; j < facilities.size(); j++) {
            java.util.Arrays.fill(m[j], Double.POSITIVE_INFINITY);
            Optional<Snap> fs =
                    index.snap(facilities.get(j).lon(), facilities.get(j).lat(), options.maxSnapMetres());
            if (fs.isEmpty()) {
                continue;
            }
            double access = options.countSnapDistance() ? fs.get().snapMetres() / speed : 0;
            double[][] seeds = NetworkSearch.seedsFrom(fs.get(), index, speed);
            int[] nodes = new int[seeds[0].length];
            double[] times = new double[nodes.length];
            for (int k = 0; k < nodes.length; k++) {
                nodes[k] = (int) seeds[0][k];
                times[k] = access + seeds[1][k];
            }
            search.run(nodes, times, new int[nodes.length], speed, maxSeconds);
            for (int i = 0; i < demand.size(); i++) {
                if (demandSnaps[i] != null) {
                    double t = search.reach(demandSnaps[i], index, speed)[0]
                            + (options.countSnapDistance() ? demandSnaps[i].snapMetres() / speed : 0);
                    m[j][i] = t <= maxSeconds ? t : Double.POSITIVE_INFINITY;
                }
            }
        }
        return matrix(m, "network");
    }
}
