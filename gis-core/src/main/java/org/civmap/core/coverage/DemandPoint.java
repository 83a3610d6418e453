package org.civmap.core.coverage;

import java.util.Objects;

/**
 * A place where people live (a home, a building, a village seat), with how many people and how many
 * older people (60+) it holds. Immutable.
 *
 * @param id caller's identifier, unique within one demand set
 * @param lon longitude, WGS84 degrees
 * @param lat latitude, WGS84 degrees
 * @param population people living there, ≥ 0
 * @param olderPopulation people aged 60 or over, 0..population
 * @param divisionCode NBS code of the unit it belongs to, or empty when unknown
 * @param origin where the counts come from: {@code observed} (a user's file),
 *     {@code estimated} (derived from building footprints) or {@code synthetic} (generated)
 */
public record DemandPoint(
        String id,
        double lon,
        double lat,
        double population,
        double olderPopulation,
        String divisionCode,
        String origin) {

    public DemandPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(divisionCode, "divisionCode");
        Objects.requireNonNull(origin, "origin");
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(
                    "demand " + id + ": lon/lat must be WGS84 degrees, was " + lon + "," + lat);
        }
        if (!(population >= 0)) {
            throw new IllegalArgumentException("demand " + id + ": population must be >= 0, was " + population);
        }
        if (!(olderPopulation >= 0 && olderPopulation <= population)) {
            throw new IllegalArgumentException("demand " + id + ": olderPopulation must be in 0..population ("
                    + population + "), was " + olderPopulation);
        }
        if (!origin.equals("observed") && !origin.equals("estimated") && !origin.equals("synthetic")) {
            throw new IllegalArgumentException(
                    "demand " + id + ": origin must be observed, estimated or synthetic, was '" + origin + "'");
        }
    }
}
