package org.civmap.web.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civmap.core.coverage.IndicatorCalculator;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.DivisionLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plan indicators: the province headline for each, and drill-down by level and parent. Public. */
@RestController
@Tag(name = "indicators", description = "规划指标 plan indicators")
class IndicatorController {

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/indicators")
    @Operation(summary = "Every plan indicator with its province-wide share, target and shortfall, as of a day")
    Map<String, Object> all(@RequestParam(required = false) String asOf) {
        LocalDate day = day(asOf);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorCalculator.Result r : indicators.computeAll(day)) {
            Map<String, Object> row = definition(r.definition());
            row.put("province", r.rollup("53"));
            rows.add(row);
        }
        return envelope(day, rows);
    }

    @GetMapping("/api/indicators/{id}")
    @Operation(summary = "One indicator per unit of a level (prefecture, county, township), optionally within a parent")
    Map<String, Object> one(
            @PathVariable String id,
            @RequestParam(defaultValue = "county") String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String asOf) {
        LocalDate day = day(asOf);
        DivisionLevel l = DivisionLevel.parse(level);
        if (parent != null && !parent.matches("\\d{2,12}")) {
            throw new IllegalArgumentException("parent must be an NBS code, was '" + parent + "'");
        }
        IndicatorCalculator.Result r = indicators.compute(id, day);
        Map<String, Object> out = definition(r.definition());
        List<Object> rows = new ArrayList<>();
        if (l == r.definition().unitLevel()) {
            r.units().stream()
                    .filter(u -> parent == null || u.code().startsWith(parent))
                    .forEach(rows::add);
        } else {
            if (l.ordinal() > r.definition().unitLevel().ordinal()) {
                throw new IllegalArgumentException("level must not be below the indicator's unit level "
                        + r.definition().unitLevel().name().toLowerCase(java.util.Locale.ROOT) + ", was " + level);
            }
            r.rollups(l).stream()
                    .filter(u -> parent == null || u.code().startsWith(parent))
                    .forEach(rows::add);
        }
        out.put("level", l.name());
        out.put("rows", rows);
        return envelope(day, out);
    }

    private Map<String, Object> envelope(LocalDate day, Object indicatorsValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", day.toString());
        String dataset = indicators.dataset();
        m.put("dataset", dataset);
        m.put("synthetic", dataset.equals(FacilityStore.DEMO));
        if (dataset.equals(FacilityStore.DEMO)) {
            m.put(
                    "note",
                    "示例数据（合成）: computed over the synthetic demo registry; load an official registry to"
                            + " replace it");
        }
        m.put("indicators", indicatorsValue);
        return m;
    }

    private static Map<String, Object> definition(IndicatorDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("nameZh", d.nameZh());
        m.put("nameEn", d.nameEn());
        m.put("unitLevel", d.unitLevel().name());
        m.put("target", d.target());
        m.put("binding", d.binding());
        d.baseline2020().ifPresent(b -> m.put("baseline2020", b));
        d.judgedAt().ifPresent(j -> m.put("judgedAt", j.name()));
        m.put(
                "facilityKinds",
                d.facilityKinds().stream().map(Enum::name).sorted().toList());
        m.put("source", d.source());
        return m;
    }

    private static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date like 2025-12-31, was '" + asOf + "'");
        }
    }
}
