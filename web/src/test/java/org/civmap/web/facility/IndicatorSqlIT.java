package org.civmap.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.civmap.core.coverage.IndicatorCalculator;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.web.config.StoreKind;
import org.civmap.web.division.DivisionImporter;
import org.civmap.web.division.JdbcDivisionStore;
import org.civmap.web.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * civmap's indicator calculator on the embedded store against the same indicators as PostGIS SQL:
 * the same numbers, and the time of each printed side by side.
 */
class IndicatorSqlIT {

    @Test
    void agreesWithPostgisSqlOnEveryIndicatorAndPrintsBothTimes() {
        List<IndicatorDefinition> definitions = IndicatorDefinition.read(
                TestStores.YUNNAN.resolve("../indicators.csv").normalize());
        LocalDate day = LocalDate.of(2025, 12, 31);

        DataSource h2 = TestStores.h2gis();
        JdbcDivisionStore h2Divisions = new JdbcDivisionStore(h2, StoreKind.H2GIS);
        new DivisionImporter(h2Divisions).importFrom(TestStores.YUNNAN, false);
        List<FacilityRecord> demo = FacilityConfig.generate(h2Divisions);
        FacilityStore h2Facilities = new FacilityStore(h2);
        h2Facilities.replaceDataset(FacilityStore.DEMO, demo, "test");
        IndicatorService service = new IndicatorService(definitions, h2Facilities, h2Divisions);

        DataSource pg = TestStores.postgis();
        JdbcDivisionStore pgDivisions = new JdbcDivisionStore(pg, StoreKind.POSTGIS);
        new DivisionImporter(pgDivisions).importFrom(TestStores.YUNNAN, false);
        new FacilityStore(pg).replaceDataset(FacilityStore.DEMO, demo, "test");
        IndicatorSql sql = new IndicatorSql(pg);

        for (int warm = 0; warm < 3; warm++) {
            service.computeAll(day);
            definitions.forEach(d -> sql.province(d, FacilityStore.DEMO, day));
        }
        long t0 = System.nanoTime();
        List<IndicatorCalculator.Result> results = service.computeAll(day);
        long t1 = System.nanoTime();
        int[][] fromSql = new int[definitions.size()][];
        for (int i = 0; i < definitions.size(); i++) {
            fromSql[i] = sql.province(definitions.get(i), FacilityStore.DEMO, day);
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorCalculator.Rollup java = results.get(i).rollup("53");
            assertThat(new int[] {java.numerator(), java.denominator()})
                    .as(definitions.get(i).id())
                    .containsExactly(fromSql[i]);
        }
        System.out.printf(
                "indicators: civmap on the embedded H2GIS store (reading %d facilities from it; registry cached)"
                        + " %.1f ms; the same %d indicators as PostGIS SQL %.1f ms; ratio %.1fx%n",
                demo.size(), (t1 - t0) / 1e6, definitions.size(), (t2 - t1) / 1e6, (double) (t2 - t1) / (t1 - t0));
        assertThat(results).hasSize(9);
        assertThat(new DivisionRegistry(h2Divisions.all(), List.of(), List.of()).divisions())
                .hasSize(16_495);
    }
}
