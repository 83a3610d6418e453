package org.civmap.core.network;

import java.util.Arrays;

/**
 * Collects nodes and straight walkable segments, then packs them into a {@link WalkNetwork}. Not
 * thread-safe; use one builder per build.
 */
public final class WalkNetworkBuilder {

    private int[] lon = new int[1024];
    private int[] lat = new int[1024];
    private int nodes;
    private int[] from = new int[2048];
    private int[] to = new int[2048];
    private int[] cost = new int[2048];
    private int arcs;

    /**
     * Adds a node.
     *
     * @return its id, counting from 0
     */
    public int addNode(double lonDegrees, double latDegrees) {
        if (!(lonDegrees >= -180 && lonDegrees <= 180 && latDegrees >= -90 && latDegrees <= 90)) {
            throw new IllegalArgumentException("node must be in WGS84 degrees, was " + lonDegrees + "," + latDegrees);
        }
        if (nodes == lon.length) {
            lon = Arrays.copyOf(lon, nodes * 2);
            lat = Arrays.copyOf(lat, nodes * 2);
        }
        lon[nodes] = (int) Math.round(lonDegrees * 1e7);
        lat[nodes] = (int) Math.round(latDegrees * 1e7);
        return nodes++;
    }

    /** Returns the number of nodes added so far. */
    public int nodeCount() {
        return nodes;
    }

    /**
     * Adds a straight segment between two nodes; its length is the great-circle distance.
     *
     * @param speedFactor walking speed on this segment relative to flat ground, in (0, 1]: steps are
     *     slower
     * @param forward walkable from a to b
     * @param backward walkable from b to a
     */
    public void addSegment(int a, int b, double speedFactor, boolean forward, boolean backward) {
        if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
            throw new IllegalArgumentException("segment " + a + "-" + b + " names a node outside 0.." + (nodes - 1));
        }
        if (!(speedFactor > 0 && speedFactor <= 1)) {
            throw new IllegalArgumentException("speedFactor must be in (0, 1], was " + speedFactor);
        }
        double metres = Geo.metres(lon[a] / 1e7, lat[a] / 1e7, lon[b] / 1e7, lat[b] / 1e7);
        int costCm = (int) Math.max(1, Math.round(metres * 100 / speedFactor));
        if (forward) {
            addArc(a, b, costCm);
        }
        if (backward) {
            addArc(b, a, costCm);
        }
    }

    /**
     * Adds a straight segment whose cost is a travel time rather than a walking distance, for driving
     * networks: the arc's cost is stored as the distance covered at the 1 m/s reference speed, so a
     * search run at 1 m/s yields seconds.
     *
     * @param forwardSeconds time from a to b, or a negative number when not allowed
     * @param backwardSeconds time from b to a, or a negative number when not allowed
     */
    public void addTimedSegment(int a, int b, double forwardSeconds, double backwardSeconds) {
        if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
            throw new IllegalArgumentException("segment " + a + "-" + b + " names a node outside 0.." + (nodes - 1));
        }
        if (forwardSeconds >= 0) {
            addArc(a, b, (int) Math.max(1, Math.round(forwardSeconds * 100)));
        }
        if (backwardSeconds >= 0) {
            addArc(b, a, (int) Math.max(1, Math.round(backwardSeconds * 100)));
        }
    }

    private void addArc(int a, int b, int costCm) {
        if (arcs == from.length) {
            from = Arrays.copyOf(from, arcs * 2);
            to = Arrays.copyOf(to, arcs * 2);
            cost = Arrays.copyOf(cost, arcs * 2);
        }
        from[arcs] = a;
        to[arcs] = b;
        cost[arcs] = costCm;
        arcs++;
    }

    /** Packs what was added into an immutable network, sorting arcs by their start node. */
    public WalkNetwork build(String source) {
        int[] first = new int[nodes + 1];
        for (int i = 0; i < arcs; i++) {
            first[from[i] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            first[n + 1] += first[n];
        }
        int[] next = Arrays.copyOf(first, nodes);
        int[] target = new int[arcs];
        int[] costs = new int[arcs];
        for (int i = 0; i < arcs; i++) {
            int slot = next[from[i]]++;
            target[slot] = to[i];
            costs[slot] = cost[i];
        }
        return new WalkNetwork(Arrays.copyOf(lon, nodes), Arrays.copyOf(lat, nodes), first, target, costs, source);
    }
}
