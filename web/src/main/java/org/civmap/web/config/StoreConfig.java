package org.civmap.web.config;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store from {@code civmap.store} and migrates it before anything uses it. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    private static final Logger log = LoggerFactory.getLogger(StoreConfig.class);

    @Bean
    StoreKind storeKind(@Value("${civmap.store}") String store) {
        return StoreKind.parse(store);
    }

    @Bean
    DataSource dataSource(
            StoreKind kind,
            @Value("${civmap.state-dir}") String stateDir,
            @Value("${CIVMAP_DB_URL:}") String url,
            @Value("${CIVMAP_DB_USER:}") String user,
            @Value("${CIVMAP_DB_PASSWORD:}") String password) {
        DataSource ds = kind == StoreKind.H2GIS ? Stores.h2gis(Path.of(stateDir)) : Stores.postgis(url, user, password);
        Stores.migrate(ds, kind);
        log.info(
                "store: {} ({})",
                kind.name().toLowerCase(),
                kind == StoreKind.H2GIS
                        ? Path.of(stateDir).toAbsolutePath()
                        : url.replaceAll("password=[^&]*", "password=***"));
        return ds;
    }
}
