package org.civmap.core.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionKind;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generates a plausible demo facility registry for Yunnan with a seed, because no open facility data
 * exists. Every record is {@code synthetic}; a department's real registry replaces it.
 *
 * <p>Counts follow the published totals where there are any (shared/docs/DOMAIN.md): 124 funeral
 * homes with every county covered — five city districts are served by a neighbouring district's home
 * — 1,128 rural public cemeteries, one per township, and 499 elderly canteens. For the other kinds no
 * total is published; the shares in {@link #DEMO_SHARES} are demo assumptions, not facts. Positions
 * are random points inside the facility's county polygon: no township polygons or seats exist, so
 * the division code, not the position, says which township or village a facility belongs to.
 * Stateless.
 */
public final class DemoFacilityGenerator {

    static final int FUNERAL_HOMES = 124;
    static final int TOWNSHIP_CEMETERIES = 1128;
    static final int ELDERLY_CANTEENS = 499;

    /** Demo assumptions: the share of eligible units that get one facility of a kind. */
    static final Map<FacilityKind, Double> DEMO_SHARES = Map.of(
            FacilityKind.DISABLED_CARE_HOME, 0.75,
            FacilityKind.RURAL_REGIONAL_CENTRE, 0.45,
            FacilityKind.COMMUNITY_CARE_COMPLEX, 0.55,
            FacilityKind.COMMUNITY_DAY_CARE, 0.60,
            FacilityKind.MINORS_PROTECTION_STATION, 0.40,
            FacilityKind.SOCIAL_WORK_STATION, 0.85,
            FacilityKind.ELDERLY_CARE_HOME, 0.35);

    private static final Set<DivisionKind> RURAL =
            EnumSet.of(DivisionKind.TOWN, DivisionKind.TOWNSHIP, DivisionKind.ETHNIC_TOWNSHIP);
    private static final Set<DivisionKind> TOWNSHIPS = EnumSet.of(
            DivisionKind.TOWN, DivisionKind.TOWNSHIP, DivisionKind.ETHNIC_TOWNSHIP, DivisionKind.SUBDISTRICT);
    private static final GeometryFactory WGS84 = new GeometryFactory();

    private final DivisionRegistry registry;
    private final Map<String, PreparedGeometry> counties;
    private final Random random;
    private final List<FacilityRecord> out = new ArrayList<>();

    private DemoFacilityGenerator(DivisionRegistry registry, Map<String, Geometry> countyPolygons, long seed) {
        this.registry = registry;
        this.counties = countyPolygons.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> PreparedGeometryFactory.prepare(e.getValue())));
        this.random = new Random(seed);
    }

    /**
     * Generates the demo registry.
     *
     * @param countyPolygons WGS84 polygon of every county, keyed by its code
     * @throws IllegalArgumentException when a county has no polygon
     */
    public static List<FacilityRecord> generate(
            DivisionRegistry registry, Map<String, Geometry> countyPolygons, long seed) {
        for (Division c : registry.at(DivisionLevel.COUNTY)) {
            if (!countyPolygons.containsKey(c.code())) {
                throw new IllegalArgumentException("county " + c.code() + " " + c.name() + " has no polygon");
            }
        }
        return new DemoFacilityGenerator(registry, countyPolygons, seed).run();
    }

    private List<FacilityRecord> run() {
        funeralHomes();
        List<Division> townships = registry.at(DivisionLevel.TOWNSHIP);
        List<Division> rural =
                townships.stream().filter(d -> RURAL.contains(d.kind())).toList();
        onePerUnit(FacilityKind.RURAL_PUBLIC_CEMETERY, pick(rural, TOWNSHIP_CEMETERIES), "公益性公墓");
        List<Division> villages = registry.at(DivisionLevel.VILLAGE).stream()
                .filter(d -> d.kind().administrative())
                .toList();
        onePerUnit(FacilityKind.ELDERLY_CANTEEN, pick(villages, ELDERLY_CANTEENS), "老年幸福食堂");
        List<Division> countyList = registry.at(DivisionLevel.COUNTY);
        onePerUnit(FacilityKind.DISABLED_CARE_HOME, share(countyList, FacilityKind.DISABLED_CARE_HOME), "失能照护中心");
        onePerUnit(FacilityKind.RURAL_REGIONAL_CENTRE, share(rural, FacilityKind.RURAL_REGIONAL_CENTRE), "区域性养老服务中心");
        List<Division> streets = townships.stream()
                .filter(d -> d.kind() == DivisionKind.SUBDISTRICT)
                .toList();
        onePerUnit(
                FacilityKind.COMMUNITY_CARE_COMPLEX, share(streets, FacilityKind.COMMUNITY_CARE_COMPLEX), "社区养老服务综合体");
        List<Division> communities = registry.at(DivisionLevel.VILLAGE).stream()
                .filter(d -> d.kind() == DivisionKind.COMMUNITY_COMMITTEE)
                .toList();
        onePerUnit(FacilityKind.COMMUNITY_DAY_CARE, share(communities, FacilityKind.COMMUNITY_DAY_CARE), "日间照料中心");
        List<Division> allTownships =
                townships.stream().filter(d -> TOWNSHIPS.contains(d.kind())).toList();
        onePerUnit(
                FacilityKind.MINORS_PROTECTION_STATION,
                share(allTownships, FacilityKind.MINORS_PROTECTION_STATION),
                "未成年人保护工作站");
        onePerUnit(FacilityKind.SOCIAL_WORK_STATION, share(allTownships, FacilityKind.SOCIAL_WORK_STATION), "社工站");
        onePerUnit(FacilityKind.ELDERLY_CARE_HOME, share(allTownships, FacilityKind.ELDERLY_CARE_HOME), "敬老院");
        return List.copyOf(out);
    }

    /** 124 homes in 124 counties; the 5 counties without one are districts served by a sibling district's home. */
    private void funeralHomes() {
        List<Division> all = new ArrayList<>(registry.at(DivisionLevel.COUNTY));
        int uncovered = all.size() - FUNERAL_HOMES;
        // choose the uncovered ones among districts whose prefecture has another district
        List<Division> districts = new ArrayList<>(
                all.stream().filter(d -> d.kind() == DivisionKind.DISTRICT).toList());
        Collections.shuffle(districts, random);
        List<Division> served = new ArrayList<>();
        for (Division d : districts) {
            if (served.size() == uncovered) {
                break;
            }
            boolean hasSibling = all.stream()
                    .anyMatch(o -> o != d
                            && o.parentCode().equals(d.parentCode())
                            && o.kind() == DivisionKind.DISTRICT
                            && !served.contains(o));
            if (hasSibling) {
                served.add(d);
            }
        }
        for (Division county : all) {
            if (served.contains(county)) {
                continue;
            }
            List<String> serves = served.stream()
                    .filter(s -> s.parentCode().equals(county.parentCode()) && county.kind() == DivisionKind.DISTRICT)
                    .filter(s -> firstSibling(s, served).equals(county.code()))
                    .map(Division::code)
                    .toList();
            add(FacilityKind.FUNERAL_HOME, county, county.name() + "殡仪馆", serves);
        }
    }

    /** The sibling district that serves a district without its own funeral home: the lowest-coded one. */
    private String firstSibling(Division d, List<Division> served) {
        return registry.at(DivisionLevel.COUNTY).stream()
                .filter(o -> o.parentCode().equals(d.parentCode())
                        && o.kind() == DivisionKind.DISTRICT
                        && !served.contains(o))
                .map(Division::code)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private List<Division> share(List<Division> units, FacilityKind kind) {
        return pick(units, (int) Math.round(units.size() * DEMO_SHARES.get(kind)));
    }

    private List<Division> pick(List<Division> units, int n) {
        List<Division> copy = new ArrayList<>(units);
        Collections.shuffle(copy, random);
        List<Division> chosen = new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
        chosen.sort(Comparator.comparing(Division::code));
        return chosen;
    }

    private void onePerUnit(FacilityKind kind, List<Division> units, String suffix) {
        for (Division d : units) {
            add(kind, d, d.name() + suffix, List.of());
        }
    }

    private void add(FacilityKind kind, Division unit, String name, List<String> serves) {
        String county = unit.code().substring(0, 6);
        Coordinate c = randomPointIn(county);
        LocalDate opened = LocalDate.of(2005 + random.nextInt(19), 1 + random.nextInt(12), 1);
        out.add(new FacilityRecord(
                "demo-" + kind.slug() + "-" + unit.code(),
                name + "（示例）",
                kind,
                Math.round(c.x * 1e6) / 1e6,
                Math.round(c.y * 1e6) / 1e6,
                unit.code(),
                serves,
                kind == FacilityKind.RURAL_PUBLIC_CEMETERY ? 200 + random.nextInt(1800) : 20 + random.nextInt(180),
                FacilityStatus.OPEN,
                Optional.of(opened),
                Optional.empty(),
                "civmap demo generator (synthetic)",
                true));
    }

    private Coordinate randomPointIn(String countyCode) {
        PreparedGeometry county = counties.get(countyCode);
        Envelope e = county.getGeometry().getEnvelopeInternal();
        for (int i = 0; i < 1000; i++) {
            Coordinate c = new Coordinate(
                    e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight());
            if (county.contains(WGS84.createPoint(c))) {
                return c;
            }
        }
        return county.getGeometry().getInteriorPoint().getCoordinate();
    }
}
