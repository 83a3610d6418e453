package org.civmap.web.division;

import javax.sql.DataSource;
import org.civmap.web.config.StoreKind;
import org.civmap.web.support.TestStores;

class H2gisDivisionStoreIT extends DivisionStoreContract {

    @Override
    DataSource openStore() {
        return TestStores.h2gis();
    }

    @Override
    StoreKind kind() {
        return StoreKind.H2GIS;
    }
}
