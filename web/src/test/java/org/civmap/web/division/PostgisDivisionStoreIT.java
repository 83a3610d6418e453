package org.civmap.web.division;

import javax.sql.DataSource;
import org.civmap.web.config.StoreKind;
import org.civmap.web.support.TestStores;

class PostgisDivisionStoreIT extends DivisionStoreContract {

    @Override
    DataSource openStore() {
        return TestStores.postgis();
    }

    @Override
    StoreKind kind() {
        return StoreKind.POSTGIS;
    }
}
