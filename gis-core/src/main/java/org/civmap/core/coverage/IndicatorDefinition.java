package org.civmap.core.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civmap.core.division.DivisionKind;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.facility.FacilityKind;
import org.civmap.core.io.CsvTable;
import org.civmap.core.io.DataFileException;

/**
 * A plan indicator, defined as data ({@code data/indicators.csv}) so a department can add one
 * without a release: which facility kinds count, which units are counted, how many facilities make a
 * unit covered, and the target share. Immutable.
 *
 * @param unitLevel the level whose units are counted (county, township, village)
 * @param unitKinds the kinds of unit counted; empty for every administrative unit of the level
 * @param judgedAt when present, the share is computed within each unit of this level (e.g. each
 *     county's townships) and those units pass or fail; the headline is then the share of them that
 *     pass
 * @param minCount facilities a unit needs to count as covered
 * @param target share to reach, 0..1
 * @param baseline2020 published 2020 value, if any
 */
public record IndicatorDefinition(
        String id,
        String nameZh,
        String nameEn,
        Set<FacilityKind> facilityKinds,
        DivisionLevel unitLevel,
        Set<DivisionKind> unitKinds,
        Optional<DivisionLevel> judgedAt,
        int minCount,
        double target,
        boolean binding,
        Optional<Double> baseline2020,
        String source) {

    public IndicatorDefinition {
        facilityKinds = Set.copyOf(facilityKinds);
        unitKinds = Set.copyOf(unitKinds);
        if (!id.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("id must be 1..64 lower-case letters, digits or '_', was '" + id + "'");
        }
        if (facilityKinds.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + ": facility_kinds must name at least one kind");
        }
        if (unitLevel == DivisionLevel.PROVINCE || unitLevel == DivisionLevel.PREFECTURE) {
            throw new IllegalArgumentException("indicator " + id + ": unit_level must be county, township or village");
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("indicator " + id + ": min_count must be >= 1, was " + minCount);
        }
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("indicator " + id + ": target must be in (0, 1], was " + target);
        }
        if (judgedAt.isPresent() && judgedAt.get().ordinal() >= unitLevel.ordinal()) {
            throw new IllegalArgumentException(
                    "indicator " + id + ": judged_at must be a level above unit_level " + unitLevel);
        }
        for (DivisionKind k : unitKinds) {
            if (k.level() != unitLevel) {
                throw new IllegalArgumentException(
                        "indicator " + id + ": unit kind " + k + " is not a kind of level " + unitLevel);
            }
        }
    }

    /** Tells whether a unit of the indicator's level is one it counts. */
    public boolean counts(DivisionKind kind) {
        return unitKinds.isEmpty() ? kind.administrative() : unitKinds.contains(kind);
    }

    /**
     * Reads indicator definitions from CSV.
     *
     * @throws DataFileException listing every bad row as {@code file:line: reason}
     */
    public static List<IndicatorDefinition> read(Path file) {
        CsvTable t = CsvTable.read(
                file,
                List.of(
                        "id",
                        "name_zh",
                        "name_en",
                        "facility_kinds",
                        "unit_level",
                        "unit_kinds",
                        "judged_at",
                        "min_count",
                        "target",
                        "binding",
                        "baseline_2020",
                        "source"));
        List<String> problems = new ArrayList<>(t.problems());
        List<IndicatorDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            try {
                Set<FacilityKind> kinds = EnumSet.noneOf(FacilityKind.class);
                for (String k : r.get("facility_kinds").split("\\|")) {
                    kinds.add(FacilityKind.parse(k));
                }
                Set<DivisionKind> unitKinds = EnumSet.noneOf(DivisionKind.class);
                for (String k : r.get("unit_kinds").split("\\|")) {
                    if (!k.isBlank()) {
                        unitKinds.add(DivisionKind.valueOf(k.trim()));
                    }
                }
                String judged = r.get("judged_at").trim();
                String baseline = r.get("baseline_2020").trim();
                IndicatorDefinition d = new IndicatorDefinition(
                        r.get("id").trim(),
                        r.get("name_zh").trim(),
                        r.get("name_en").trim(),
                        kinds,
                        DivisionLevel.parse(r.get("unit_level")),
                        unitKinds,
                        judged.isEmpty() ? Optional.empty() : Optional.of(DivisionLevel.parse(judged)),
                        Integer.parseInt(r.get("min_count").trim()),
                        Double.parseDouble(r.get("target").trim()),
                        Boolean.parseBoolean(r.get("binding").trim()),
                        baseline.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(baseline)),
                        r.get("source").trim());
                if (!ids.add(d.id())) {
                    problems.add(r.problem("duplicate indicator id " + d.id()));
                } else {
                    out.add(d);
                }
            } catch (IllegalArgumentException e) {
                problems.add(r.problem(e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return out;
    }
}
