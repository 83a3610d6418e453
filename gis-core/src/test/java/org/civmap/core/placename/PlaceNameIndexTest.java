package org.civmap.core.placename;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.division.DivisionRegistryReader;
import org.civmap.core.division.FormerName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceNameIndexTest {

    static PlaceNameIndex index;

    @BeforeAll
    static void indexYunnan() {
        DivisionRegistry registry = DivisionRegistryReader.read(Path.of("..", "data", "yunnan"));
        Map<String, List<String>> former = new HashMap<>();
        for (FormerName f : registry.formerNames()) {
            former.computeIfAbsent(f.currentCode(), k -> new ArrayList<>()).add(f.name());
        }
        List<PlaceNameIndex.Entry> entries = new ArrayList<>();
        for (Division d : registry.divisions()) {
            entries.add(new PlaceNameIndex.Entry(
                    d.code(),
                    d.name(),
                    d.pinyin(),
                    d.level().labelZh(),
                    d.level().ordinal(),
                    d.parentCode(),
                    former.getOrDefault(d.code(), List.of())));
        }
        entries.add(new PlaceNameIndex.Entry("900000001", "长街", "chang jie", "测试", 3, "", List.of()));
        index = PlaceNameIndex.of(entries);
    }

    private static String first(String q) {
        return index.search(q, 5).get(0).code();
    }

    @Test
    void findsKunmingByCharactersPinyinTonesAndInitials() {
        for (String q : List.of("昆明", "昆明市", "kunming", "kun ming", "Kunming", "kūnmíng", "km", "昆m")) {
            assertThat(first(q)).as(q).isEqualTo("5301");
        }
    }

    @Test
    void findsByShortNamesAndAnyPartOfAName() {
        assertThat(index.search("大理", 3)).extracting(PlaceNameIndex.Hit::code).contains("5329", "532901");
        assertThat(index.search("dali", 3)).extracting(PlaceNameIndex.Hit::code).contains("5329", "532901");
        assertThat(first("xsbn")).isEqualTo("5328");
        assertThat(index.search("版纳", 5)).extracting(PlaceNameIndex.Hit::code).contains("5328");
    }

    @Test
    void stripsSuffixesAndEthnicNamesForShortNames() {
        assertThat(PlaceNameIndex.stem("大理白族自治州")).isEqualTo("大理");
        assertThat(PlaceNameIndex.stem("西双版纳傣族自治州")).isEqualTo("西双版纳");
        assertThat(PlaceNameIndex.stem("禄劝彝族苗族自治县")).isEqualTo("禄劝");
        assertThat(PlaceNameIndex.stem("华山街道")).isEqualTo("华山");
        assertThat(PlaceNameIndex.stem("芒市")).isEqualTo("芒市");
    }

    @Test
    void forgivesOneTypo() {
        assertThat(index.search("kunmimg", 3))
                .extracting(PlaceNameIndex.Hit::code)
                .contains("5301");
    }

    @Test
    void indexesEveryReadingOfAPolyphone() {
        // 长 reads chang or zhang: both spellings find the name
        assertThat(index.search("changjie", 5))
                .extracting(PlaceNameIndex.Hit::code)
                .contains("900000001");
        assertThat(index.search("zhangjie", 5))
                .extracting(PlaceNameIndex.Hit::code)
                .contains("900000001");
    }

    @Test
    void resolvesFormerNamesToTodaysUnitAndSaysSo() {
        // 思茅区 is still a district of 普洱市; the city's former name 思茅市 resolves to 普洱市
        assertThat(index.search("思茅", 5)).extracting(PlaceNameIndex.Hit::code).contains("530802", "5308");
        PlaceNameIndex.Hit hit = index.search("思茅市", 3).get(0);
        assertThat(hit.code()).isEqualTo("5308");
        assertThat(hit.name()).isEqualTo("普洱市");
        assertThat(hit.matchedFormerName()).isEqualTo("思茅市");
        assertThat(first("中甸")).isEqualTo("533401");
    }

    @Test
    void tellsTheFourTaipingTownsApartByTheirPath() {
        List<PlaceNameIndex.Hit> hits = index.search("太平镇", 4);
        assertThat(hits).hasSize(4);
        assertThat(hits).allSatisfy(h -> assertThat(h.name()).isEqualTo("太平镇"));
        assertThat(hits)
                .extracting(PlaceNameIndex.Hit::path)
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).startsWith("云南省 › ").endsWith(" › 太平镇"));
    }

    @Test
    void treatsQuerySyntaxAsTextAndRejectsEmptyOrHugeInput() {
        // no name contains these, so nothing is found, and nothing is thrown
        assertThat(index.search("name:*", 5)).isEmpty();
        assertThat(index.search("' OR 1=1 --", 5)).isEmpty();
        assertThat(index.search("AND OR NOT", 5)).isEmpty();
        assertThat(index.search("\u0000昆明\u0007", 5).get(0).code()).isEqualTo("5301");
        assertThatThrownBy(() -> index.search("   ", 5)).hasMessage("q must not be empty");
        assertThatThrownBy(() -> index.search("x".repeat(201), 5))
                .hasMessage("q must be at most 200 characters, was 201");
    }
}
