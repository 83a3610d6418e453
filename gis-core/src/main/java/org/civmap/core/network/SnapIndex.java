package org.civmap.core.network;

import java.util.Optional;

/**
 * Finds the nearest point on the network to a position, with a uniform grid of arcs. Immutable and
 * thread-safe once built.
 */
public final class SnapIndex {

    private final WalkNetwork network;
    private final double minLon;
    private final double minLat;
    private final double cellDegrees;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellArcs;
    private final int[] arcFrom;

    private SnapIndex(
            WalkNetwork network,
            double minLon,
            double minLat,
            double cellDegrees,
            int columns,
            int rows,
            int[] cellStart,
            int[] cellArcs,
            int[] arcFrom) {
        this.network = network;
        this.minLon = minLon;
        this.minLat = minLat;
        this.cellDegrees = cellDegrees;
        this.columns = columns;
        this.rows = rows;
        this.cellStart = cellStart;
        this.cellArcs = cellArcs;
        this.arcFrom = arcFrom;
    }

    /** Indexes every arc of a network. */
    public static SnapIndex of(WalkNetwork network) {
        int nodes = network.nodeCount();
        double minLon = Double.MAX_VALUE,
                minLat = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (int n = 0; n < nodes; n++) {
            minLon = Math.min(minLon, network.lon(n));
            maxLon = Math.max(maxLon, network.lon(n));
            minLat = Math.min(minLat, network.lat(n));
            maxLat = Math.max(maxLat, network.lat(n));
        }
        if (nodes == 0) {
            minLon = minLat = maxLon = maxLat = 0;
        }
        int arcs = network.arcCount();
        int[] arcFrom = new int[arcs];
        for (int n = 0; n < nodes; n++) {
            for (int a = network.firstArc(n); a < network.endArc(n); a++) {
                arcFrom[a] = n;
            }
        }
        // about four cells an arc (arcs cluster in towns, so dense cells still hold a few dozen),
        // never finer than ~20 m nor more than 16M cells
        double area = Math.max(1e-12, (maxLon - minLon) * (maxLat - minLat));
        double cell = Math.max(0.0002, Math.sqrt(area / Math.max(1, arcs * 4.0)));
        while (((maxLon - minLon) / cell + 1) * ((maxLat - minLat) / cell + 1) > 16_000_000) {
            cell *= 1.5;
        }
        int columns = (int) ((maxLon - minLon) / cell) + 1;
        int rows = (int) ((maxLat - minLat) / cell) + 1;
        int[] count = new int[columns * rows + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : new int[count[count.length - 1]];
            int[] next = pass == 0 ? null : java.util.Arrays.copyOf(count, count.length);
            for (int a = 0; a < arcs; a++) {
                int u = arcFrom[a], v = network.arcTarget(a);
                int c0 = (int) ((Math.min(network.lon(u), network.lon(v)) - minLon) / cell);
                int c1 = (int) ((Math.max(network.lon(u), network.lon(v)) - minLon) / cell);
                int r0 = (int) ((Math.min(network.lat(u), network.lat(v)) - minLat) / cell);
                int r1 = (int) ((Math.max(network.lat(u), network.lat(v)) - minLat) / cell);
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        int id = r * columns + c;
                        if (pass == 0) {
                            count[id + 1]++;
                        } else {
                            fill[next[id]++] = a;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int i = 1; i < count.length; i++) {
                    count[i] += count[i - 1];
                }
            } else {
                return new SnapIndex(network, minLon, minLat, cell, columns, rows, count, fill, arcFrom);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Returns the network this index serves. */
    public WalkNetwork network() {
        return network;
    }

    /**
     * Finds the nearest point on any arc.
     *
     * @param maxMetres search radius
     * @return empty when no arc lies within {@code maxMetres}
     */
    public Optional<Snap> snap(double lon, double lat, double maxMetres) {
        double mPerDegLat = Geo.METRES_PER_DEGREE;
        double mPerDegLon = Geo.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double cellMetres = cellDegrees * Math.min(mPerDegLat, mPerDegLon);
        int cc = (int) Math.floor((lon - minLon) / cellDegrees);
        int cr = (int) Math.floor((lat - minLat) / cellDegrees);
        double best = Double.MAX_VALUE;
        int bestArc = -1;
        double bestT = 0;
        int maxRing = (int) Math.ceil(maxMetres / cellMetres) + 1;
        for (int ring = 0; ring <= maxRing; ring++) {
            if (bestArc >= 0 && (ring - 1) * cellMetres > best) {
                break;
            }
            for (int r = cr - ring; r <= cr + ring; r++) {
                for (int c = cc - ring; c <= cc + ring; c++) {
                    if (Math.max(Math.abs(r - cr), Math.abs(c - cc)) != ring
                            || r < 0
                            || c < 0
                            || r >= rows
                            || c >= columns) {
                        continue;
                    }
                    int id = r * columns + c;
                    for (int i = cellStart[id]; i < cellStart[id + 1]; i++) {
                        int a = cellArcs[i];
                        int u = arcFrom[a], v = network.arcTarget(a);
                        double ax = (network.lon(u) - lon) * mPerDegLon, ay = (network.lat(u) - lat) * mPerDegLat;
                        double bx = (network.lon(v) - lon) * mPerDegLon, by = (network.lat(v) - lat) * mPerDegLat;
                        double dx = bx - ax, dy = by - ay;
                        double len2 = dx * dx + dy * dy;
                        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                        double px = ax + t * dx, py = ay + t * dy;
                        double d = Math.sqrt(px * px + py * py);
                        if (d < best || (d == best && a < bestArc)) {
                            best = d;
                            bestArc = a;
                            bestT = t;
                        }
                    }
                }
            }
        }
        if (bestArc < 0 || best > maxMetres) {
            return Optional.empty();
        }
        int u = arcFrom[bestArc], v = network.arcTarget(bestArc);
        double onLon = network.lon(u) + bestT * (network.lon(v) - network.lon(u));
        double onLat = network.lat(u) + bestT * (network.lat(v) - network.lat(u));
        return Optional.of(new Snap(lon, lat, bestArc, u, v, bestT, best, onLon, onLat));
    }

    /** Returns the arc from {@code v} back to {@code u}, or -1 when the segment is one-way. */
    int reverseArc(int u, int v) {
        for (int a = network.firstArc(v); a < network.endArc(v); a++) {
            if (network.arcTarget(a) == u) {
                return a;
            }
        }
        return -1;
    }

    int arcFrom(int arc) {
        return arcFrom[arc];
    }
}
