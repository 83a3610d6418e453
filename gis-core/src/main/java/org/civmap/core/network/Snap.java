package org.civmap.core.network;

/**
 * Where a point meets the network: on arc {@code arc} from {@code fromNode} to {@code toNode} at
 * {@code fraction} (0 at fromNode, 1 at toNode), {@code snapMetres} away from the point, at {@code onLon, onLat}. Immutable.
 */
public record Snap(
        double lon,
        double lat,
        int arc,
        int fromNode,
        int toNode,
        double fraction,
        double snapMetres,
        double onLon,
        double onLat) {}
