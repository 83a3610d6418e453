package org.civmap.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.division.DivisionRegistryReader;
import org.civmap.core.facility.FacilityKind;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.core.facility.FacilityStatus;
import org.civmap.core.io.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small registry whose answers are counted by hand: one prefecture 5301 with counties 530102
 * (district, townships 001 街道, 002 镇, 003 乡) and 530121 (county, townships 001 镇, 002 镇).
 */
class IndicatorCalculatorTest {

    static DivisionRegistry registry;
    static List<IndicatorDefinition> indicators;
    static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @BeforeAll
    static void fixture(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("divisions"));
        Files.writeString(d.resolve("provinces.csv"), "code,name\n53,云南省\n");
        Files.writeString(d.resolve("prefectures.csv"), "code,name,provinceCode\n5301,昆明市,53\n");
        Files.writeString(
                d.resolve("counties.csv"), "code,name,cityCode,provinceCode\n530102,五华区,5301,53\n530121,示例县,5301,53\n");
        Files.writeString(
                d.resolve("townships.csv"),
                "code,name,areaCode,provinceCode,cityCode\n"
                        + "530102001,华山街道,530102,53,5301\n530102002,甲镇,530102,53,5301\n530102003,乙乡,530102,53,5301\n"
                        + "530121001,丙镇,530121,53,5301\n530121002,丁镇,530121,53,5301\n");
        Files.writeString(
                d.resolve("villages.csv"),
                "code,name,streetCode,provinceCode,cityCode,areaCode\n"
                        + "530102001001,翠湖社区居民委员会,530102001,53,5301,530102\n"
                        + "530102001002,虹山社区居民委员会,530102001,53,5301,530102\n"
                        + "530102002001,甲村民委员会,530102002,53,5301,530102\n");
        registry = DivisionRegistryReader.read(dir);
        indicators = IndicatorDefinition.read(Path.of("..", "data", "indicators.csv"));
    }

    static IndicatorDefinition indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    static FacilityRecord f(
            String id,
            FacilityKind kind,
            String code,
            List<String> serves,
            FacilityStatus status,
            LocalDate opened,
            LocalDate closed) {
        return new FacilityRecord(
                id,
                id,
                kind,
                102.7,
                25.0,
                code,
                serves,
                10,
                status,
                Optional.ofNullable(opened),
                Optional.ofNullable(closed),
                "test",
                false);
    }

    static FacilityRecord open(String id, FacilityKind kind, String code) {
        return f(id, kind, code, List.of(), FacilityStatus.OPEN, null, null);
    }

    @Test
    void readsTheBundledIndicatorDefinitions() {
        assertThat(indicators).hasSize(9);
        assertThat(indicator("funeral_home_county").binding()).isTrue();
        assertThat(indicator("funeral_home_county").baseline2020()).contains(0.886);
        assertThat(indicator("rural_regional_centre_county").judgedAt()).contains(DivisionLevel.COUNTY);
    }

    @Test
    void countsCountiesWithAFuneralHomeIncludingOnesServedByANeighbour() {
        IndicatorCalculator.Result r = IndicatorCalculator.compute(
                indicator("funeral_home_county"),
                registry,
                List.of(open("fh", FacilityKind.FUNERAL_HOME, "530102002")),
                DAY);
        IndicatorCalculator.Rollup province = r.rollup("53");
        assertThat(province.numerator()).isEqualTo(1);
        assertThat(province.denominator()).isEqualTo(2);
        assertThat(province.met()).isFalse();
        assertThat(province.shortBy()).isEqualTo(1);
        assertThat(province.failing()).containsExactly("530121");
        IndicatorCalculator.Result served = IndicatorCalculator.compute(
                indicator("funeral_home_county"),
                registry,
                List.of(f(
                        "fh", FacilityKind.FUNERAL_HOME, "530102", List.of("530121"), FacilityStatus.OPEN, null, null)),
                DAY);
        assertThat(served.rollup("53").met()).isTrue();
        assertThat(served.rollup("53").share()).isEqualTo(1.0);
    }

    @Test
    void countsOnlyRuralTownshipsForCemeteriesAndOnlyOpenOnes() {
        List<FacilityRecord> fs = List.of(
                open("c1", FacilityKind.RURAL_PUBLIC_CEMETERY, "530102002001"), // in 甲镇 via its village
                f(
                        "c2",
                        FacilityKind.COLUMBARIUM,
                        "530121001",
                        List.of(),
                        FacilityStatus.OPEN,
                        LocalDate.of(2026, 1, 1),
                        null),
                f(
                        "c3",
                        FacilityKind.RURAL_PUBLIC_CEMETERY,
                        "530121002",
                        List.of(),
                        FacilityStatus.CLOSED,
                        LocalDate.of(2010, 1, 1),
                        LocalDate.of(2020, 1, 1)),
                open("c4", FacilityKind.RURAL_PUBLIC_CEMETERY, "530102001")); // 街道: not counted
        IndicatorCalculator.Result r =
                IndicatorCalculator.compute(indicator("public_cemetery_township"), registry, fs, DAY);
        // rural townships: 甲镇, 乙乡, 丙镇, 丁镇; covered on the day: 甲镇 only (c2 opens in 2026, c3 closed 2020)
        assertThat(r.units()).hasSize(4);
        assertThat(r.rollup("53").numerator()).isEqualTo(1);
        assertThat(r.rollup("53").shortBy()).isEqualTo(3);
        assertThat(r.rollup("530102").failing()).containsExactly("530102003");
        assertThat(r.rollup("530121").failing()).containsExactly("530121001", "530121002");
        // a year later the columbarium has opened
        IndicatorCalculator.Result later = IndicatorCalculator.compute(
                indicator("public_cemetery_township"), registry, fs, LocalDate.of(2026, 6, 30));
        assertThat(later.rollup("53").numerator()).isEqualTo(2);
        // and in 2015 the closed cemetery still counted
        assertThat(IndicatorCalculator.compute(
                                indicator("public_cemetery_township"), registry, fs, LocalDate.of(2015, 6, 30))
                        .rollup("530121")
                        .numerator())
                .isEqualTo(1);
    }

    @Test
    void judgesRuralRegionalCentresCountyByCounty() {
        // 530102 has 2 rural townships, 1 covered = 50% < 60%; 530121 has 2, both covered = 100%
        List<FacilityRecord> fs = List.of(
                open("r1", FacilityKind.RURAL_REGIONAL_CENTRE, "530102002"),
                open("r2", FacilityKind.RURAL_REGIONAL_CENTRE, "530121001"),
                open("r3", FacilityKind.RURAL_REGIONAL_CENTRE, "530121002"));
        IndicatorCalculator.Result r =
                IndicatorCalculator.compute(indicator("rural_regional_centre_county"), registry, fs, DAY);
        assertThat(r.rollup("530102").share()).isEqualTo(0.5);
        assertThat(r.rollup("530102").met()).isFalse();
        assertThat(r.rollup("530102").shortBy()).isEqualTo(1); // ceil(0.6 × 2) = 2 needed
        assertThat(r.rollup("530121").met()).isTrue();
        assertThat(r.rollup("53").numerator()).isEqualTo(1);
        assertThat(r.rollup("53").denominator()).isEqualTo(2);
        assertThat(r.rollup("53").failing()).containsExactly("530102");
    }

    @Test
    void countsCommunityDayCareOnlyInCommunities() {
        IndicatorCalculator.Result r = IndicatorCalculator.compute(
                indicator("day_care_community"),
                registry,
                List.of(
                        open("d1", FacilityKind.COMMUNITY_DAY_CARE, "530102001002"),
                        open("d2", FacilityKind.COMMUNITY_DAY_CARE, "530102002001")),
                DAY);
        assertThat(r.rollup("53").denominator()).isEqualTo(2);
        assertThat(r.rollup("53").numerator()).isEqualTo(1);
        assertThat(r.rollup("530102001").failing()).containsExactly("530102001001");
    }

    @Test
    void reportsBadDefinitionsWithFileAndLine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(
                dir.resolve("indicators.csv"),
                "id,name_zh,name_en,facility_kinds,unit_level,unit_kinds,judged_at,min_count,target,binding,baseline_2020,source\n"
                        + "ok,名,name,FUNERAL_HOME,county,,,1,1,true,,s\n"
                        + "bad,名,name,SPACESHIP,county,,,1,1,true,,s\n"
                        + "bad2,名,name,FUNERAL_HOME,county,,,1,1.5,true,,s\n");
        assertThatThrownBy(() -> IndicatorDefinition.read(f))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "indicators.csv:3: kind must be one of the facility vocabulary (e.g. FUNERAL_HOME or"
                                                + " 殡仪馆; see docs/facilities.md), was 'SPACESHIP'",
                                        "indicators.csv:4: indicator bad2: target must be in (0, 1], was 1.5"));
    }
}
