package org.civmap.web.facility;

import java.time.LocalDate;
import java.util.List;
import org.civmap.core.coverage.IndicatorCalculator;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.web.division.DivisionStore;
import org.civmap.web.problem.NotFoundException;

/** Computes plan indicators over the active facility dataset. Thread-safe. */
public final class IndicatorService {

    private final List<IndicatorDefinition> definitions;
    private final FacilityStore facilities;
    private final DivisionStore divisions;
    private volatile DivisionRegistry registry;

    IndicatorService(List<IndicatorDefinition> definitions, FacilityStore facilities, DivisionStore divisions) {
        this.definitions = List.copyOf(definitions);
        this.facilities = facilities;
        this.divisions = divisions;
    }

    /** Returns the indicator definitions in file order. */
    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    /** Returns one definition. */
    public IndicatorDefinition definition(String id) {
        return definitions.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no indicator with id " + id));
    }

    /** Computes every indicator as of a day. */
    public List<IndicatorCalculator.Result> computeAll(LocalDate asOf) {
        DivisionRegistry r = registry();
        var all = facilities.all();
        return definitions.stream()
                .map(d -> IndicatorCalculator.compute(d, r, all, asOf))
                .toList();
    }

    /** Computes one indicator as of a day. */
    public IndicatorCalculator.Result compute(String id, LocalDate asOf) {
        return IndicatorCalculator.compute(definition(id), registry(), facilities.all(), asOf);
    }

    /** Returns the dataset indicators are computed over. */
    public String dataset() {
        return facilities.activeDataset();
    }

    private DivisionRegistry registry() {
        DivisionRegistry r = registry;
        if (r == null) {
            r = new DivisionRegistry(divisions.all(), List.of(), List.of());
            registry = r;
        }
        return r;
    }

    /** Forgets the cached registry after a re-import. */
    public void reload() {
        registry = null;
    }
}
