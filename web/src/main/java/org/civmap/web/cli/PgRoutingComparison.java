package org.civmap.web.cli;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.civmap.core.network.NetworkSearch;
import org.civmap.core.network.WalkNetwork;

/**
 * Exports a civmap walking network to PostgreSQL and runs pgRouting's multi-start {@code
 * pgr_drivingDistance} on it, so civmap's search can be compared node by node on the very same
 * graph. Not thread-safe.
 */
final class PgRoutingComparison {

    static final String TABLE = "civmap_walk_edges";

    private final String url;

    PgRoutingComparison(String url) {
        this.url = url;
    }

    /** Writes every arc as a directed edge (vertex id = civmap node + 1, cost in seconds). */
    void export(WalkNetwork net, double speedMetresPerSecond) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE
                    + " (id bigint PRIMARY KEY, source bigint, target bigint, cost float8, reverse_cost float8)");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?,?,?,?,-1)")) {
                int id = 0;
                for (int n = 0; n < net.nodeCount(); n++) {
                    for (int a = net.firstArc(n); a < net.endArc(n); a++) {
                        ps.setLong(1, ++id);
                        ps.setLong(2, n + 1L);
                        ps.setLong(3, net.arcTarget(a) + 1L);
                        ps.setDouble(4, net.arcCostCm(a) / (speedMetresPerSecond * 100.0));
                        ps.addBatch();
                        if (id % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("pgRouting export failed: " + e.getMessage(), e);
        }
    }

    /** Node → {seconds, facility index} as pgRouting computed them. */
    record Outcome(Map<Integer, double[]> reached) {

        Agreement compareWith(NetworkSearch search, int[] starts) {
            Map<Integer, Integer> startIndex = new HashMap<>();
            for (int i = starts.length - 1; i >= 0; i--) {
                startIndex.put(starts[i], i);
            }
            int both = 0, pgOnly = 0, timeDiffers = 0, facilityDiffers = 0;
            for (Map.Entry<Integer, double[]> e : reached.entrySet()) {
                int node = e.getKey();
                double civ = search.seconds(node);
                if (civ == Double.POSITIVE_INFINITY) {
                    pgOnly++;
                    continue;
                }
                both++;
                if (Math.abs(civ - e.getValue()[0]) > 1e-3) {
                    if (timeDiffers < 5 && System.getenv("CIVMAP_BENCH_DEBUG") != null) {
                        System.err.printf(
                                "node %d: civmap %.4f s (from %d), pgRouting %.4f s (from %d)%n",
                                node, civ, search.label(node), e.getValue()[0], (int) e.getValue()[1]);
                    }
                    timeDiffers++;
                } else if (search.label(node) != (int) e.getValue()[1]) {
                    facilityDiffers++;
                }
            }
            return new Agreement(both, search.reachedCount() - both, pgOnly, timeDiffers, facilityDiffers);
        }
    }

    /** Counts of the node-by-node comparison. */
    record Agreement(int both, int civmapOnly, int pgroutingOnly, int timeDiffers, int facilityDiffers) {}

    /** Runs one multi-start {@code pgr_drivingDistance} with {@code equicost => true}. */
    Outcome drivingDistance(int[] startNodes, double limitSeconds) {
        return drivingDistance(startNodes, limitSeconds, true);
    }

    /**
     * Runs one multi-start {@code pgr_drivingDistance}; without equicost pgRouting returns every
     * start's tree and the nearest start per node is taken here.
     */
    Outcome drivingDistance(int[] startNodes, double limitSeconds, boolean equicost) {
        Map<Long, Integer> facilityOf = new HashMap<>();
        Long[] vids = new Long[startNodes.length];
        for (int i = startNodes.length - 1; i >= 0; i--) {
            vids[i] = startNodes[i] + 1L;
            facilityOf.put(vids[i], i);
        }
        Map<Integer, double[]> reached = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT * FROM pgr_drivingDistance('SELECT id, source, target," + " cost, reverse_cost FROM "
                                + TABLE + "', ?, ?, directed => true, equicost => true)")) {
            Array array = c.createArrayOf("bigint", vids);
            ps.setArray(1, array);
            ps.setDouble(2, limitSeconds);
            try (ResultSet rs = ps.executeQuery()) {
                String startColumn = startColumn(rs.getMetaData());
                while (rs.next()) {
                    int node = (int) (rs.getLong("node") - 1);
                    Integer facility = facilityOf.get(rs.getLong(startColumn));
                    double cost = rs.getDouble("agg_cost");
                    double[] old = reached.get(node);
                    int f = facility == null ? -1 : facility;
                    if (old == null || cost < old[0] || (cost == old[0] && f < old[1])) {
                        reached.put(node, new double[] {cost, f});
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pgr_drivingDistance failed: " + e.getMessage(), e);
        }
        return new Outcome(reached);
    }

    private static String startColumn(ResultSetMetaData md) throws SQLException {
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnName(i);
            if (name.equals("from_v") || name.equals("start_vid")) {
                return name;
            }
        }
        throw new SQLException("pgr_drivingDistance returned no from_v/start_vid column");
    }
}
