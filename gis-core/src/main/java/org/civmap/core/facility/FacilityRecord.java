package org.civmap.core.facility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One facility in the registry. Immutable.
 *
 * @param id stable identifier
 * @param name name in Chinese
 * @param kind kind from the closed vocabulary
 * @param lon longitude, WGS84 degrees
 * @param lat latitude, WGS84 degrees
 * @param divisionCode NBS code of the smallest unit it stands in (county, township or village)
 * @param servedCodes further units it serves by administrative arrangement (a city's funeral home
 *     serving a neighbouring district); empty for most
 * @param capacity beds, plots or places; 0 when unknown
 * @param status life-cycle status
 * @param openedOn the day it opened, if known
 * @param closedOn the day it closed, if it did
 * @param source where the record comes from
 * @param synthetic true for generated demo records
 */
public record FacilityRecord(
        String id,
        String name,
        FacilityKind kind,
        double lon,
        double lat,
        String divisionCode,
        List<String> servedCodes,
        int capacity,
        FacilityStatus status,
        Optional<LocalDate> openedOn,
        Optional<LocalDate> closedOn,
        String source,
        boolean synthetic) {

    public FacilityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(divisionCode, "divisionCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        servedCodes = List.copyOf(servedCodes);
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(
                    "facility " + id + ": lon/lat must be WGS84 degrees, was " + lon + "," + lat);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("facility " + id + ": capacity must be >= 0, was " + capacity);
        }
        int n = divisionCode.length();
        if (!(n == 6 || n == 9 || n == 12) || !divisionCode.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("facility " + id
                    + ": divisionCode must be a county, township or village NBS code (6, 9 or 12 digits), was '"
                    + divisionCode + "'");
        }
        if (closedOn.isPresent() && openedOn.isPresent() && closedOn.get().isBefore(openedOn.get())) {
            throw new IllegalArgumentException(
                    "facility " + id + ": closedOn " + closedOn.get() + " is before openedOn " + openedOn.get());
        }
    }

    /** Tells whether the facility was open on a day: status OPEN (or CLOSED later), opened by then. */
    public boolean openOn(LocalDate day) {
        if (status == FacilityStatus.PLANNED || status == FacilityStatus.UNDER_CONSTRUCTION) {
            return false;
        }
        boolean opened = openedOn.map(d -> !d.isAfter(day)).orElse(true);
        boolean notYetClosed = closedOn.map(d -> d.isAfter(day)).orElse(status == FacilityStatus.OPEN);
        return opened && notYetClosed;
    }

    /** Tells whether it stands in or serves the unit with this code (or a unit inside it). */
    public boolean belongsTo(String unitCode) {
        if (divisionCode.startsWith(unitCode)) {
            return true;
        }
        for (String s : servedCodes) {
            if (s.startsWith(unitCode)) {
                return true;
            }
        }
        return false;
    }
}
