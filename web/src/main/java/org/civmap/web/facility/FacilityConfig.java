package org.civmap.web.facility;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.facility.DemoFacilityGenerator;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.web.division.BundledDivisions;
import org.civmap.web.division.DivisionStore;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the facility store and indicators, and loads the synthetic demo registry on first start. */
@Configuration(proxyBeanMethods = false)
class FacilityConfig {

    private static final Logger log = LoggerFactory.getLogger(FacilityConfig.class);

    /** Seed of the bundled demo registry: the same demo everywhere. */
    static final long DEMO_SEED = 2024;

    @Bean
    FacilityStore facilityStore(DataSource dataSource) {
        return new FacilityStore(dataSource);
    }

    @Bean
    IndicatorService indicatorService(
            FacilityStore facilities,
            DivisionStore divisions,
            @Value("${civmap.indicators-file:${civmap.data-dir}/../indicators.csv}") String file) {
        return new IndicatorService(IndicatorDefinition.read(Path.of(file)), facilities, divisions);
    }

    @Bean
    DemoFacilities demoFacilities(
            FacilityStore facilities,
            DivisionStore divisions,
            BundledDivisions bundled,
            @Value("${civmap.load-bundled-data}") boolean load) {
        return new DemoFacilities(facilities, divisions, bundled, load);
    }

    /**
     * Generates the demo dataset when it is empty, after the divisions are loaded and before the web
     * server opens its port.
     */
    record DemoFacilities(FacilityStore facilities, DivisionStore divisions, BundledDivisions bundled, boolean load)
            implements SmartInitializingSingleton {
        @Override
        public void afterSingletonsInstantiated() {
            bundled.ensureLoaded();
            if (load && facilities.count(FacilityStore.DEMO) == 0 && !divisions.isEmpty()) {
                List<FacilityRecord> demo = generate(divisions);
                facilities.replaceDataset(FacilityStore.DEMO, demo, "demo-generator");
                log.info(
                        "loaded {} synthetic demo facilities (seed {}); an official registry replaces them",
                        demo.size(),
                        DEMO_SEED);
            }
        }
    }

    static List<FacilityRecord> generate(DivisionStore divisions) {
        DivisionRegistry registry = new DivisionRegistry(divisions.all(), List.of(), List.of());
        Map<String, Geometry> counties = new HashMap<>();
        for (Division c : registry.at(DivisionLevel.COUNTY)) {
            divisions.boundary(c.code()).ifPresent(g -> counties.put(c.code(), g));
        }
        return DemoFacilityGenerator.generate(registry, counties, DEMO_SEED);
    }
}
