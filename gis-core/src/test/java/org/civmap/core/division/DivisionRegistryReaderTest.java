package org.civmap.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civmap.core.io.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionRegistryReaderTest {

    static final Path YUNNAN = Path.of("..", "data", "yunnan");
    static DivisionRegistry registry;
    static Map<String, Division> byCode;

    @BeforeAll
    static void readRealRegistry() {
        registry = DivisionRegistryReader.read(YUNNAN);
        byCode = registry.divisions().stream().collect(Collectors.toMap(Division::code, Function.identity()));
    }

    @Test
    void loadsAllFiveLevelsOfTheNbsRegistry() {
        assertThat(registry.countsByLevel())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DivisionLevel.PROVINCE, 1,
                        DivisionLevel.PREFECTURE, 16,
                        DivisionLevel.COUNTY, 129,
                        DivisionLevel.TOWNSHIP, 1461,
                        DivisionLevel.VILLAGE, 14888));
    }

    @Test
    void classifiesKindsBySuffixAndKeepsStatisticalUnitsMarked() {
        Map<DivisionKind, Long> kinds =
                registry.divisions().stream().collect(Collectors.groupingBy(Division::kind, Collectors.counting()));
        assertThat(kinds)
                .containsEntry(DivisionKind.AUTONOMOUS_PREFECTURE, 8L)
                .containsEntry(DivisionKind.PREFECTURE_CITY, 8L)
                .containsEntry(DivisionKind.COUNTY, 65L)
                .containsEntry(DivisionKind.AUTONOMOUS_COUNTY, 29L)
                .containsEntry(DivisionKind.COUNTY_CITY, 18L)
                .containsEntry(DivisionKind.DISTRICT, 17L)
                .containsEntry(DivisionKind.TOWN, 667L)
                .containsEntry(DivisionKind.TOWNSHIP, 399L)
                .containsEntry(DivisionKind.ETHNIC_TOWNSHIP, 140L)
                .containsEntry(DivisionKind.SUBDISTRICT, 223L)
                .containsEntry(DivisionKind.STATISTICAL_UNIT, 32L)
                .containsEntry(DivisionKind.VILLAGE_COMMITTEE, 11678L)
                .containsEntry(DivisionKind.COMMUNITY_COMMITTEE, 3200L)
                .containsEntry(DivisionKind.VILLAGE_STATISTICAL_UNIT, 10L);
        assertThat(byCode.get("530102401").kind().administrative()).isFalse();
    }

    @Test
    void joinsAreaCityPinyinOnParentAndNameNotOnItsIds() {
        // AreaCity's id 530102001 is 护国街道, NBS 530102001 is 华山街道: the name decides.
        assertThat(byCode.get("530102001").name()).isEqualTo("华山街道");
        assertThat(byCode.get("530102001").pinyin()).isEqualTo("hua shan jie dao");
        assertThat(byCode.get("530102001").pinyinSource()).isEqualTo(Division.PinyinSource.AREACITY);
        assertThat(byCode.get("530102").pinyin()).isEqualTo("wu hua qu");
        assertThat(byCode.get("5328").pinyin()).isEqualTo("xi shuang ban na dai zu zi zhi zhou");
        long townshipsFromAreaCity = registry.at(DivisionLevel.TOWNSHIP).stream()
                .filter(d -> d.pinyinSource() == Division.PinyinSource.AREACITY)
                .count();
        assertThat(townshipsFromAreaCity).isEqualTo(1337);
    }

    @Test
    void generatesPinyinForEveryOtherNameAndFlagsPolyphones() {
        assertThat(registry.divisions()).allSatisfy(d -> assertThat(d.pinyin()).isNotBlank());
        assertThat(byCode.get("530102001001").pinyinSource()).isEqualTo(Division.PinyinSource.GENERATED);
        assertThat(byCode.get("530102001001").pinyin()).isEqualTo("cui hu xi lu she qu ju min wei yuan hui");
        assertThat(registry.divisions().stream()
                        .filter(Division::pinyinNeedsReview)
                        .count())
                .isGreaterThan(0);
    }

    @Test
    void resolvesFormerNamesThroughChainedRenames() {
        assertThat(registry.formerNames())
                .filteredOn(f -> f.currentCode().equals("533401"))
                .extracting(FormerName::name, FormerName::validFromYear, FormerName::validToYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("中甸县", 0, 2001),
                        org.assertj.core.groups.Tuple.tuple("香格里拉县", 2001, 2014));
        assertThat(byCode.get("533401").validFromYear()).isEqualTo(2014);
        assertThat(byCode.get("5308").validFromYear()).isEqualTo(2007);
    }

    @Test
    void reportsEveryBadRowWithFileAndLine(@TempDir Path dir) throws IOException {
        Path divisions = Files.createDirectories(dir.resolve("divisions"));
        Files.writeString(divisions.resolve("provinces.csv"), "code,name\n53,云南省\n");
        Files.writeString(divisions.resolve("prefectures.csv"), "code,name,provinceCode\n5301,昆明市,53\n");
        Files.writeString(
                divisions.resolve("counties.csv"),
                "code,name,cityCode,provinceCode\n"
                        + "530102,五华区,5301,53\n" // fine
                        + "53010X,坏代码,5301,53\n" // malformed code
                        + "530203,错父级,5302,53\n" // unknown parent
                        + "540103,错前缀,5301,53\n" // code/level mismatch
                        + "530104,多一列,5301,53,x\n" // wrong column count
                        + "530102,重复,5301,53\n"); // duplicate
        Files.writeString(divisions.resolve("townships.csv"), "code,name,areaCode,provinceCode,cityCode\n");
        Files.writeString(divisions.resolve("villages.csv"), "code,name,streetCode,provinceCode,cityCode,areaCode\n");
        assertThatThrownBy(() -> DivisionRegistryReader.read(dir))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "counties.csv:6: expected 4 columns, found 5",
                                        "counties.csv:3: malformed code '53010X': a county code has 6 digits",
                                        "counties.csv:4: unknown parent cityCode=5302 for 530203 错父级",
                                        "counties.csv:5: code/level mismatch: 540103 does not start with its parent's code 5301",
                                        "counties.csv:7: duplicate code 530102"));
    }
}
