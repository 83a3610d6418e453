package org.civmap.core.catchment;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.civmap.core.coverage.DemandPoint;

/**
 * Two-step floating catchment area (2SFCA) accessibility, as PySAL {@code access} computes it
 * ({@code two_stage_fca}): first each facility's supply-to-demand ratio over the demand within
 * reach, R_j = S_j / Σ_i P_i·W(t_ij); then each demand point's accessibility, the sum of the ratios of
 * the facilities within reach, A_i = Σ_j R_j·W(t_ij). With W = 1 inside the catchment this is the
 * classic 2SFCA; a decaying W gives the enhanced variant (E2SFCA). Demand is the older population.
 * Stateless.
 */
public final class FloatingCatchment {

    /** The answer: accessibility per demand point and ratio per facility. */
    public record Result(double[] accessibility, double[] supplyRatio, String travelMethod) {
        /** Returns a demand point's accessibility per 1,000 older people (e.g. beds per 1,000). */
        public double per1000(int demand) {
            return accessibility[demand] * 1000;
        }
    }

    private FloatingCatchment() {}

    /** A step weight: 1 up to {@code maxSeconds}, 0 beyond. */
    public static DoubleUnaryOperator within(double maxSeconds) {
        return t -> t <= maxSeconds ? 1 : 0;
    }

    /**
     * Computes 2SFCA.
     *
     * @param supply capacity of each facility (beds, places), ≥ 0
     * @param weight W(t): 0 outside the catchment; e.g. {@link #within}
     * @throws IllegalArgumentException on a negative capacity
     */
    public static Result twoStep(
            List<Double> supply, List<DemandPoint> demand, TravelCosts costs, DoubleUnaryOperator weight) {
        double[] ratio = new double[supply.size()];
        for (int j = 0; j < supply.size(); j++) {
            double s = supply.get(j);
            if (!(s >= 0)) {
                throw new IllegalArgumentException("supply[" + j + "] must be >= 0, was " + s);
            }
            double reached = 0;
            for (int i = 0; i < demand.size(); i++) {
                reached += demand.get(i).olderPopulation() * weight.applyAsDouble(costs.seconds(j, i));
            }
            ratio[j] = reached == 0 ? 0 : s / reached;
        }
        double[] access = new double[demand.size()];
        for (int i = 0; i < demand.size(); i++) {
            double a = 0;
            for (int j = 0; j < supply.size(); j++) {
                a += ratio[j] * weight.applyAsDouble(costs.seconds(j, i));
            }
            access[i] = a;
        }
        return new Result(access, ratio, costs.method());
    }
}
