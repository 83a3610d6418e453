package org.civmap.core.division;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole division registry as read and checked from files: every unit, its former names and the
 * events behind them. Immutable.
 */
public record DivisionRegistry(List<Division> divisions, List<FormerName> formerNames, List<DivisionEvent> events) {

    public DivisionRegistry {
        divisions = List.copyOf(divisions);
        formerNames = List.copyOf(formerNames);
        events = List.copyOf(events);
    }

    /** Returns the number of units at each level. */
    public Map<DivisionLevel, Integer> countsByLevel() {
        Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
        for (DivisionLevel l : DivisionLevel.values()) {
            counts.put(l, 0);
        }
        divisions.forEach(d -> counts.merge(d.level(), 1, Integer::sum));
        return counts;
    }

    /** Returns the units of one level, in code order. */
    public List<Division> at(DivisionLevel level) {
        List<Division> result = new ArrayList<>();
        for (Division d : divisions) {
            if (d.level() == level) {
                result.add(d);
            }
        }
        result.sort(Comparator.comparing(Division::code));
        return result;
    }
}
