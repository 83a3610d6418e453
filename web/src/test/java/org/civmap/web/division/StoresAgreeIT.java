package org.civmap.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civmap.core.division.DivisionLevel;
import org.civmap.web.config.StoreKind;
import org.civmap.web.support.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.io.WKBWriter;

/** Loads the same registry into H2GIS and PostGIS and compares their answers one by one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoresAgreeIT {

    DivisionStore h2;
    DivisionStore pg;

    @BeforeAll
    void loadBoth() {
        h2 = new JdbcDivisionStore(TestStores.h2gis(), StoreKind.H2GIS);
        pg = new JdbcDivisionStore(TestStores.postgis(), StoreKind.POSTGIS);
        new DivisionImporter(h2).importFrom(TestStores.YUNNAN, false);
        new DivisionImporter(pg).importFrom(TestStores.YUNNAN, false);
    }

    @Test
    void returnTheSameSearchResults() {
        for (String q : List.of("昆明", "km", "大理", "城关镇", "社区", "思茅", "lü", "xsbn", "街道", "abc")) {
            for (DivisionLevel level : new DivisionLevel[] {null, DivisionLevel.TOWNSHIP}) {
                DivisionStore.Page a = h2.search(level, null, q, 0, 50);
                DivisionStore.Page b = pg.search(level, null, q, 0, 50);
                assertThat(b.total()).as("total for %s at %s", q, level).isEqualTo(a.total());
                assertThat(b.items()).as("items for %s at %s", q, level).isEqualTo(a.items());
            }
        }
    }

    @Test
    void returnTheSameRegistryAndBoundariesBitForBit() {
        assertThat(pg.countsByLevel()).isEqualTo(h2.countsByLevel());
        WKBWriter wkb = new WKBWriter();
        for (var county : h2.children("5301")) {
            assertThat(pg.find(county.code())).contains(county);
            assertThat(pg.children(county.code())).isEqualTo(h2.children(county.code()));
            assertThat(wkb.write(pg.boundary(county.code()).orElseThrow()))
                    .isEqualTo(wkb.write(h2.boundary(county.code()).orElseThrow()));
        }
        assertThat(pg.formerNames("533401")).isEqualTo(h2.formerNames("533401"));
    }
}
