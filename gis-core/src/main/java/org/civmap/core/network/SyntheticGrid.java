package org.civmap.core.network;

import java.util.Random;

/**
 * Generates a synthetic grid-like walking network for scale tests: {@code side × side} nodes
 * {@code spacingMetres} apart near Kunming, with a seeded share of street segments removed so that it
 * is not perfectly regular. Its {@link WalkNetwork#source()} says {@code synthetic}. Stateless.
 */
public final class SyntheticGrid {

    private SyntheticGrid() {}

    /**
     * Builds a grid.
     *
     * @param side nodes per row, 2..5000
     * @param removedShare share of segments left out, 0..0.5
     */
    public static WalkNetwork build(int side, double spacingMetres, double removedShare, long seed) {
        if (side < 2 || side > 5000) {
            throw new IllegalArgumentException("side must be in 2..5000, was " + side);
        }
        if (!(removedShare >= 0 && removedShare <= 0.5)) {
            throw new IllegalArgumentException("removedShare must be in 0..0.5, was " + removedShare);
        }
        double lat0 = 25.0, lon0 = 102.7;
        double dLat = spacingMetres / Geo.METRES_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(lat0));
        WalkNetworkBuilder b = new WalkNetworkBuilder();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                b.addNode(lon0 + c * dLon, lat0 + r * dLat);
            }
        }
        Random random = new Random(seed);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int n = r * side + c;
                if (c + 1 < side && random.nextDouble() >= removedShare) {
                    b.addSegment(n, n + 1, 1.0, true, true);
                }
                if (r + 1 < side && random.nextDouble() >= removedShare) {
                    b.addSegment(n, n + side, 1.0, true, true);
                }
            }
        }
        return b.build("synthetic grid " + side + "x" + side + ", " + spacingMetres + " m, seed " + seed);
    }
}
