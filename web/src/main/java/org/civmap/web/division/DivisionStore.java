package org.civmap.web.division;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionBoundary;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.locationtech.jts.geom.Geometry;

/**
 * Stores the division registry. Implementations must answer identically on H2GIS and PostGIS; the
 * contract test suite checks that. Thread-safe.
 */
public interface DivisionStore {

    /** A former name as stored, with the event that retired it. */
    record FormerNameView(
            String name, String newName, Integer validFromYear, int validToYear, String eventType, String source) {}

    /** A page of results; {@code total} counts every match. */
    record Page(List<Division> items, int page, int size, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * Replaces the whole registry and its boundaries in one transaction: either everything is
     * written or nothing changes.
     *
     * @return the number of rows written
     */
    int replaceAll(DivisionRegistry registry, List<DivisionBoundary> boundaries, String sourceDir, String summary);

    /** Returns how many units each level holds (0 for empty levels). */
    Map<DivisionLevel, Integer> countsByLevel();

    /** Returns true when no division is stored. */
    boolean isEmpty();

    /** Returns every unit in code order. */
    List<Division> all();

    /** Returns one unit by NBS code. */
    Optional<Division> find(String code);

    /** Returns the units whose parent is {@code code}, in code order; empty when none. */
    List<Division> children(String code);

    /** Returns the number of units whose parent is {@code code}. */
    int childCount(String code);

    /**
     * Searches units.
     *
     * @param level only this level, or null for all
     * @param parent only children of this code, or null
     * @param q text matched against the name, its pinyin (with or without spaces), its initials and
     *     former names; null or blank for all
     * @param page 0-based page
     * @param size page size, 1..500
     */
    Page search(DivisionLevel level, String parent, String q, int page, int size);

    /** Returns the unit's boundary in WGS84 degrees, or empty when it has none. */
    Optional<Geometry> boundary(String code);

    /** Returns the unit's former names, oldest first. */
    List<FormerNameView> formerNames(String code);

    /** Returns every unit's former names, by the unit's current code. */
    Map<String, List<String>> allFormerNames();

    /** Returns the codes of units having a former name equal to {@code name}. */
    List<String> codesWithFormerName(String name);
}
