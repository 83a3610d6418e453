package org.civmap.web.division;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.civmap.web.config.StoreKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the division store and loads the bundled registry on first start. */
@Configuration(proxyBeanMethods = false)
class DivisionConfig {

    private static final Logger log = LoggerFactory.getLogger(DivisionConfig.class);

    @Bean
    DivisionStore divisionStore(DataSource dataSource, StoreKind kind) {
        return new JdbcDivisionStore(dataSource, kind);
    }

    @Bean
    DivisionImporter divisionImporter(DivisionStore store) {
        return new DivisionImporter(store);
    }

    /** Loads the bundled registry on first start, before the server takes requests. */
    @Bean
    BundledDivisions loadBundledDivisions(
            DivisionStore store,
            DivisionImporter importer,
            @Value("${civmap.data-dir}") String dataDir,
            @Value("${civmap.load-bundled-data}") boolean load) {
        return new BundledDivisions(store, importer, Path.of(dataDir), load);
    }
}
