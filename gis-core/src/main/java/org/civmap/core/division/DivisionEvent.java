package org.civmap.core.division;

import java.util.Objects;

/**
 * A legal rename or re-designation: the unit now coded {@code currentCode} was called {@code
 * formerName} until {@code year}. Immutable.
 *
 * @param formerName the name in force before the event
 * @param currentCode NBS code of the unit today
 * @param newName the name the event gave (may itself be former now, e.g. 香格里拉县)
 * @param year the year the change took effect
 * @param type RENAME, COUNTY_TO_CITY, COUNTY_TO_DISTRICT…
 * @param source where the event is recorded
 */
public record DivisionEvent(
        String formerName, String currentCode, String newName, int year, String type, String source) {
    public DivisionEvent {
        Objects.requireNonNull(formerName, "formerName");
        Objects.requireNonNull(currentCode, "currentCode");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("year must be in 1949..2100, was " + year);
        }
    }
}
