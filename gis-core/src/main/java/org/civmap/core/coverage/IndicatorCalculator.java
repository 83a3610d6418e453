package org.civmap.core.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.facility.FacilityRecord;

/**
 * Computes plan indicators from division codes alone (no polygons needed): which counted units have
 * enough open facilities of the indicator's kinds on a given day, rolled up to county, prefecture and
 * province with numerator, denominator, share, target, whether it is met, how many more units must be
 * covered, and which units fail. Stateless; thread-safe.
 */
public final class IndicatorCalculator {

    /** One counted unit: how many qualifying facilities stand in or serve it. */
    public record Unit(String code, String name, int facilities, boolean covered) {}

    /**
     * The indicator over one area.
     *
     * @param shortBy how many more units must be covered to reach the target (0 when met)
     * @param failing codes of the units (or, for per-county indicators, the counties) that fail
     */
    public record Rollup(
            String code,
            String name,
            DivisionLevel level,
            int numerator,
            int denominator,
            double share,
            double target,
            boolean met,
            int shortBy,
            List<String> failing) {
        public Rollup {
            failing = List.copyOf(failing);
        }
    }

    /** The whole answer for one indicator on one day. */
    public record Result(
            IndicatorDefinition definition, LocalDate asOf, List<Unit> units, Map<String, Rollup> rollups) {
        public Result {
            units = List.copyOf(units);
            rollups = Map.copyOf(rollups);
        }

        /** Returns the rollup of an area (province "53", a prefecture, a county). */
        public Rollup rollup(String code) {
            Rollup r = rollups.get(code);
            if (r == null) {
                throw new IllegalArgumentException("no rollup for code " + code + " in indicator " + definition.id());
            }
            return r;
        }

        /** Returns the rollups of one level in code order. */
        public List<Rollup> rollups(DivisionLevel level) {
            return rollups.values().stream()
                    .filter(r -> r.level() == level)
                    .sorted(java.util.Comparator.comparing(Rollup::code))
                    .toList();
        }
    }

    private IndicatorCalculator() {}

    /** Computes one indicator as of a day. */
    public static Result compute(
            IndicatorDefinition def, DivisionRegistry registry, List<FacilityRecord> facilities, LocalDate asOf) {
        int len = def.unitLevel().codeLength();
        Map<String, Integer> counts = new HashMap<>();
        for (FacilityRecord f : facilities) {
            if (!def.facilityKinds().contains(f.kind()) || !f.openOn(asOf)) {
                continue;
            }
            java.util.Set<String> units = new java.util.HashSet<>();
            if (f.divisionCode().length() >= len) {
                units.add(f.divisionCode().substring(0, len));
            }
            for (String s : f.servedCodes()) {
                if (s.length() >= len) {
                    units.add(s.substring(0, len));
                }
            }
            units.forEach(u -> counts.merge(u, 1, Integer::sum));
        }
        Map<String, String> names = new HashMap<>();
        registry.divisions().forEach(d -> names.put(d.code(), d.name()));
        List<Unit> units = new ArrayList<>();
        for (Division d : registry.at(def.unitLevel())) {
            if (def.counts(d.kind())) {
                int n = counts.getOrDefault(d.code(), 0);
                units.add(new Unit(d.code(), d.name(), n, n >= def.minCount()));
            }
        }
        Map<String, Rollup> rollups = new LinkedHashMap<>();
        if (def.judgedAt().isEmpty()) {
            for (DivisionLevel level : List.of(
                    DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)) {
                if (level.ordinal() >= def.unitLevel().ordinal()) {
                    continue;
                }
                Map<String, List<Unit>> groups = group(units, level.codeLength(), Unit::code);
                groups.forEach((code, us) -> rollups.put(
                        code,
                        rollup(
                                def,
                                code,
                                names,
                                level,
                                us.size(),
                                us.stream()
                                        .filter(u -> !u.covered())
                                        .map(Unit::code)
                                        .toList())));
            }
        } else {
            // judged per area: each area passes when its own share of covered units reaches the target
            DivisionLevel judged = def.judgedAt().get();
            Map<String, List<Unit>> byArea = group(units, judged.codeLength(), Unit::code);
            List<String[]> areaVerdicts = new ArrayList<>();
            byArea.forEach((code, us) -> {
                Rollup r = rollup(
                        def,
                        code,
                        names,
                        judged,
                        us.size(),
                        us.stream().filter(u -> !u.covered()).map(Unit::code).toList());
                rollups.put(code, r);
                areaVerdicts.add(new String[] {code, r.met() ? "1" : "0"});
            });
            for (DivisionLevel level : List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE)) {
                if (level.ordinal() >= judged.ordinal()) {
                    continue;
                }
                Map<String, List<String[]>> groups = group(areaVerdicts, level.codeLength(), a -> a[0]);
                groups.forEach((code, as) -> rollups.put(
                        code,
                        rollup(
                                def,
                                code,
                                names,
                                level,
                                as.size(),
                                as.stream()
                                        .filter(a -> a[1].equals("0"))
                                        .map(a -> a[0])
                                        .toList())));
            }
        }
        return new Result(def, asOf, units, rollups);
    }

    private static <T> Map<String, List<T>> group(
            List<T> items, int prefix, java.util.function.Function<T, String> code) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(code.apply(item).substring(0, prefix), k -> new ArrayList<>())
                    .add(item);
        }
        return groups;
    }

    private static Rollup rollup(
            IndicatorDefinition def,
            String code,
            Map<String, String> names,
            DivisionLevel level,
            int denominator,
            List<String> failing) {
        int numerator = denominator - failing.size();
        double share = denominator == 0 ? 0 : (double) numerator / denominator;
        int needed = (int) Math.ceil(def.target() * denominator - 1e-9);
        int shortBy = Math.max(0, needed - numerator);
        return new Rollup(
                code,
                names.getOrDefault(code, code),
                level,
                numerator,
                denominator,
                share,
                def.target(),
                shortBy == 0,
                shortBy,
                failing);
    }
}
