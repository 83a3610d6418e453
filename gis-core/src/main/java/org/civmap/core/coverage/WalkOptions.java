package org.civmap.core.coverage;

/**
 * Parameters of a walking-coverage computation. Immutable.
 *
 * @param walkMinutes the time budget, 1..120 minutes
 * @param speedMetresPerSecond flat-ground walking speed, 0.3..3 m/s. The default 1.0 m/s models
 *     older people: the US MUTCD (2009, §4E.06) times pedestrian crossings at 3.5 ft/s (1.07 m/s)
 *     and recommends 3.0 ft/s (0.91 m/s) where older pedestrians routinely cross; 1.0 m/s lies
 *     between the two
 * @param maxSnapMetres points farther than this from any walkable way are reported, never silently
 *     dropped; 1..5000 m
 * @param countSnapDistance when true, the straight walk from a point to the network counts toward
 *     its time at the same speed
 */
public record WalkOptions(
        double walkMinutes, double speedMetresPerSecond, double maxSnapMetres, boolean countSnapDistance) {

    public WalkOptions {
        if (!(walkMinutes >= 1 && walkMinutes <= 120)) {
            throw new IllegalArgumentException("walkMinutes must be in 1..120, was " + walkMinutes);
        }
        if (!(speedMetresPerSecond >= 0.3 && speedMetresPerSecond <= 3)) {
            throw new IllegalArgumentException("speedMetresPerSecond must be in 0.3..3, was " + speedMetresPerSecond);
        }
        if (!(maxSnapMetres >= 1 && maxSnapMetres <= 5000)) {
            throw new IllegalArgumentException("maxSnapMetres must be in 1..5000, was " + maxSnapMetres);
        }
    }

    /** Returns 15 minutes at 1.0 m/s, 300 m snap limit, snap walk counted. */
    public static WalkOptions defaults() {
        return new WalkOptions(15, 1.0, 300, true);
    }

    public WalkOptions withWalkMinutes(double minutes) {
        return new WalkOptions(minutes, speedMetresPerSecond, maxSnapMetres, countSnapDistance);
    }

    public WalkOptions withSpeedMetresPerSecond(double speed) {
        return new WalkOptions(walkMinutes, speed, maxSnapMetres, countSnapDistance);
    }

    public WalkOptions withMaxSnapMetres(double metres) {
        return new WalkOptions(walkMinutes, speedMetresPerSecond, metres, countSnapDistance);
    }

    public WalkOptions withCountSnapDistance(boolean count) {
        return new WalkOptions(walkMinutes, speedMetresPerSecond, maxSnapMetres, count);
    }

    /** Returns the budget in seconds. */
    public double budgetSeconds() {
        return walkMinutes * 60;
    }
}
