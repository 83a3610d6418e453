package org.civmap.core.network;

import java.util.Arrays;

/**
 * Multi-source Dijkstra over a {@link WalkNetwork}: from many start points at once, the walking time
 * to every node and which start is nearest, stopping at a time limit. Not thread-safe: one search
 * object per thread; {@link #run} may be called repeatedly and reuses its arrays.
 */
public final class NetworkSearch {

    private final WalkNetwork network;
    private final double[] seconds;
    private final int[] label;
    private final int[] touched;
    private int touchedCount;
    private final MinHeap heap;

    public NetworkSearch(WalkNetwork network) {
        this.network = network;
        this.seconds = new double[network.nodeCount()];
        this.label = new int[network.nodeCount()];
        this.touched = new int[network.nodeCount()];
        Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        Arrays.fill(label, -1);
        this.heap = new MinHeap(1024);
    }

    /**
     * Runs a search.
     *
     * @param seedNodes nodes to start from
     * @param seedSeconds time already spent reaching each seed node
     * @param seedLabels the start each seed belongs to (a facility index)
     * @param speedMetresPerSecond flat-ground walking speed
     * @param limitSeconds nodes further than this are left unreached
     */
    public void run(
            int[] seedNodes, double[] seedSeconds, int[] seedLabels, double speedMetresPerSecond, double limitSeconds) {
        if (!(speedMetresPerSecond > 0)) {
            throw new IllegalArgumentException("speedMetresPerSecond must be > 0, was " + speedMetresPerSecond);
        }
        for (int i = 0; i < touchedCount; i++) {
            seconds[touched[i]] = Double.POSITIVE_INFINITY;
            label[touched[i]] = -1;
        }
        touchedCount = 0;
        heap.clear();
        for (int i = 0; i < seedNodes.length; i++) {
            relax(seedNodes[i], seedSeconds[i], seedLabels[i], limitSeconds);
        }
        double secondsPerCm = 1.0 / (speedMetresPerSecond * 100.0);
        while (!heap.isEmpty()) {
            double t = heap.peekKey();
            int n = heap.poll();
            if (t > seconds[n]) {
                continue; // stale entry
            }
            int l = label[n];
            for (int a = network.firstArc(n); a < network.endArc(n); a++) {
                relax(network.arcTarget(a), t + network.arcCostCm(a) * secondsPerCm, l, limitSeconds);
            }
        }
    }

    private void relax(int node, double t, int l, double limit) {
        if (t > limit) {
            return;
        }
        double old = seconds[node];
        if (t < old || (t == old && l < label[node])) {
            if (old == Double.POSITIVE_INFINITY) {
                touched[touchedCount++] = node;
            }
            seconds[node] = t;
            label[node] = l;
            heap.add(t, node);
        }
    }

    /**
     * Returns the nodes a walker at a snapped point reaches first, with the seconds to each: along
     * the snapped arc to its end, and back to its start when the segment is two-way.
     *
     * @return pairs {node, seconds} as a {@code double[2][k]}: nodes in row 0, seconds in row 1
     */
    public static double[][] seedsFrom(Snap snap, SnapIndex index, double speedMetresPerSecond) {
        WalkNetwork net = index.network();
        double perCm = 1.0 / (speedMetresPerSecond * 100.0);
        int reverse = index.reverseArc(snap.fromNode(), snap.toNode());
        double toEnd = (1 - snap.fraction()) * net.arcCostCm(snap.arc()) * perCm;
        if (reverse < 0) {
            return new double[][] {{snap.toNode()}, {toEnd}};
        }
        double toStart = snap.fraction() * net.arcCostCm(reverse) * perCm;
        return new double[][] {{snap.toNode(), snap.fromNode()}, {toEnd, toStart}};
    }

    /**
     * Returns the walking time from the last run's starts to a snapped point: through the snapped
     * arc's start node, or through its end node when the segment is two-way.
     *
     * @return {seconds, label}; seconds is +∞ and label -1 when the point was not reached
     */
    public double[] reach(Snap snap, SnapIndex index, double speedMetresPerSecond) {
        double perCm = 1.0 / (speedMetresPerSecond * 100.0);
        double best = seconds[snap.fromNode()] + snap.fraction() * network.arcCostCm(snap.arc()) * perCm;
        int bestLabel = label[snap.fromNode()];
        int reverse = index.reverseArc(snap.fromNode(), snap.toNode());
        if (reverse >= 0) {
            double viaEnd = seconds[snap.toNode()] + (1 - snap.fraction()) * network.arcCostCm(reverse) * perCm;
            if (viaEnd < best || (viaEnd == best && label[snap.toNode()] < bestLabel)) {
                best = viaEnd;
                bestLabel = label[snap.toNode()];
            }
        }
        return best == Double.POSITIVE_INFINITY ? new double[] {best, -1} : new double[] {best, bestLabel};
    }

    /** Returns the time to a node in seconds, or +∞ when it was not reached. */
    public double seconds(int node) {
        return seconds[node];
    }

    /** Returns the label of the nearest start, or -1 when the node was not reached. */
    public int label(int node) {
        return label[node];
    }

    /** Returns how many nodes the last run reached. */
    public int reachedCount() {
        return touchedCount;
    }

    /** Returns the node ids the last run reached, in the order first reached. */
    public int[] reached() {
        return Arrays.copyOf(touched, touchedCount);
    }

    /** A binary min-heap of (double key, int value) in parallel arrays; duplicates allowed. */
    static final class MinHeap {
        private double[] keys;
        private int[] values;
        private int size;

        MinHeap(int capacity) {
            keys = new double[capacity];
            values = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double peekKey() {
            return keys[0];
        }

        void add(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int poll() {
            int result = values[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int value = values[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    values[i] = values[child];
                    i = child;
                }
                keys[i] = key;
                values[i] = value;
            }
            return result;
        }
    }
}
