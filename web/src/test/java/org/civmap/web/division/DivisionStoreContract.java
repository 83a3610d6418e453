package org.civmap.web.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionKind;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.io.DataFileException;
import org.civmap.web.config.StoreKind;
import org.civmap.web.support.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;

/**
 * The behaviour every division store must show, run against H2GIS and PostGIS with the real
 * bundled Yunnan registry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DivisionStoreContract {

    static final Map<DivisionLevel, Integer> EXPECTED = Map.of(
            DivisionLevel.PROVINCE, 1,
            DivisionLevel.PREFECTURE, 16,
            DivisionLevel.COUNTY, 129,
            DivisionLevel.TOWNSHIP, 1461,
            DivisionLevel.VILLAGE, 14888);

    DivisionStore store;
    DivisionImporter importer;

    abstract DataSource openStore();

    abstract StoreKind kind();

    @BeforeAll
    void importBundledRegistry() {
        store = new JdbcDivisionStore(openStore(), kind());
        importer = new DivisionImporter(store);
        importer.importFrom(TestStores.YUNNAN, false);
    }

    @Test
    void holdsEveryLevelOfTheRegistry() {
        assertThat(store.countsByLevel()).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void findsWuhuaDistrictWithItsParent() {
        Division d = store.find("530102").orElseThrow();
        assertThat(d.name()).isEqualTo("五华区");
        assertThat(d.kind()).isEqualTo(DivisionKind.DISTRICT);
        assertThat(d.parentCode()).isEqualTo("5301");
        assertThat(d.pinyin()).isEqualTo("wu hua qu");
        assertThat(store.find("530199")).isEmpty();
    }

    @Test
    void listsChildrenInCodeOrder() {
        List<Division> counties = store.children("5301");
        assertThat(counties).hasSize(14);
        assertThat(counties.get(0).code()).isEqualTo("530102");
        assertThat(store.childCount("530102")).isEqualTo(11);
        assertThat(store.children("530102001001")).isEmpty();
    }

    @Test
    void storesWgs84BoundariesForProvincePrefecturesAndCounties() {
        Geometry g = store.boundary("530102").orElseThrow();
        assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g.isValid()).isTrue();
        assertThat(g.getCentroid().getX()).isBetween(102.6, 102.7);
        assertThat(store.boundary("53")).isPresent();
        assertThat(store.boundary("5301")).isPresent();
        assertThat(store.boundary("530102001")).isEmpty();
    }

    @Test
    void searchesByNamePinyinAndInitialsPreferringHigherLevels() {
        assertThat(store.search(null, null, "昆明", 0, 5).items().get(0).code()).isEqualTo("5301");
        assertThat(store.search(null, null, "kunming", 0, 5).items().get(0).code())
                .isEqualTo("5301");
        assertThat(store.search(null, null, "kun ming", 0, 5).items().get(0).code())
                .isEqualTo("5301");
        assertThat(store.search(null, null, "xsbn", 0, 5).items().get(0).code()).isEqualTo("5328");
        assertThat(store.search(DivisionLevel.COUNTY, null, "五华区", 0, 5).items())
                .extracting(Division::code)
                .containsExactly("530102");
    }

    @Test
    void putsExactNameMatchesFirst() {
        // 芒市 is a county; 芒市遮放农场 (a township-level farm) also contains the text
        assertThat(store.search(null, null, "芒市", 0, 5).items().get(0).code()).isEqualTo("533103");
    }

    @Test
    void resolvesFormerNamesToTodaysUnit() {
        assertThat(store.search(null, null, "思茅", 0, 5).items())
                .extracting(Division::code)
                .contains("5308");
        assertThat(store.codesWithFormerName("中甸县")).containsExactly("533401");
        assertThat(store.formerNames("533401"))
                .extracting(DivisionStore.FormerNameView::name)
                .containsExactly("中甸县", "香格里拉县");
        assertThat(store.formerNames("533401").get(1).validFromYear()).isEqualTo(2001);
    }

    @Test
    void filtersByLevelAndParentAndPages() {
        DivisionStore.Page first = store.search(DivisionLevel.TOWNSHIP, "530102", null, 0, 5);
        DivisionStore.Page second = store.search(DivisionLevel.TOWNSHIP, "530102", null, 1, 5);
        assertThat(first.total()).isEqualTo(11);
        assertThat(first.items()).hasSize(5);
        assertThat(second.items()).hasSize(5);
        assertThat(first.items().get(4).code()).isLessThan(second.items().get(0).code());
        assertThat(store.search(DivisionLevel.TOWNSHIP, "530102", null, 2, 5).items())
                .hasSize(1);
    }

    @Test
    void treatsLikeWildcardsAsText() {
        assertThat(store.search(null, null, "%", 0, 5).total()).isZero();
        assertThat(store.search(null, null, "_", 0, 5).total()).isZero();
        assertThat(store.search(null, null, "' OR 1=1 --", 0, 5).total()).isZero();
    }

    @Test
    void rejectsBadPageArguments() {
        assertThatThrownBy(() -> store.search(null, null, null, -1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be >= 0, was -1");
        assertThatThrownBy(() -> store.search(null, null, null, 0, 501))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be in 1..500, was 501");
    }

    @Test
    void reimportingLeavesTheSameContent() {
        Division before = store.find("530102001").orElseThrow();
        importer.importFrom(TestStores.YUNNAN, false);
        assertThat(store.countsByLevel()).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(store.find("530102001")).contains(before);
        assertThat(store.formerNames("533401")).hasSize(2);
    }

    @Test
    void aBadRowFailsTheImportAndWritesNothing() throws IOException {
        Path copy = copyOfBundledData();
        Path townships = copy.resolve("divisions/townships.csv");
        List<String> lines = Files.readAllLines(townships);
        lines.add(5, "530102099,不存在的街道,539999,53,5301"); // new line 6: parent county 539999 does not exist
        Files.write(townships, lines);
        assertThatThrownBy(() -> importer.importFrom(copy, false))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "townships.csv:6: unknown parent areaCode=539999 for 530102099 不存在的街道"));
        assertThat(store.countsByLevel()).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(store.find("530102005")).isPresent();
    }

    private static Path copyOfBundledData() throws IOException {
        Path target = Files.createTempDirectory("civmap-data-");
        try (Stream<Path> files = Files.walk(TestStores.YUNNAN)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(TestStores.YUNNAN.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
