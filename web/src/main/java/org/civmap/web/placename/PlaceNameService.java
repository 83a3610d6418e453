package org.civmap.web.placename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civmap.core.division.Division;
import org.civmap.core.placename.PlaceNameIndex;
import org.civmap.web.division.DivisionStore;
import org.springframework.stereotype.Service;

/** Keeps the place-name index built from the stored registry; rebuilt on demand. Thread-safe. */
@Service
public class PlaceNameService {

    private final DivisionStore divisions;
    private volatile PlaceNameIndex index;

    PlaceNameService(DivisionStore divisions) {
        this.divisions = divisions;
    }

    /** Returns the index, building it from the store on first use. */
    public PlaceNameIndex index() {
        PlaceNameIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = build();
                }
                i = index;
            }
        }
        return i;
    }

    /** Forgets the index after the registry changed. */
    public void reload() {
        index = null;
    }

    private PlaceNameIndex build() {
        Map<String, List<String>> former = divisions.allFormerNames();
        List<PlaceNameIndex.Entry> entries = new ArrayList<>();
        for (Division d : divisions.all()) {
            entries.add(new PlaceNameIndex.Entry(
                    d.code(),
                    d.name(),
                    d.pinyin(),
                    d.level().labelZh(),
                    d.level().ordinal(),
                    d.parentCode(),
                    former.getOrDefault(d.code(), List.of())));
        }
        return PlaceNameIndex.of(entries);
    }
}
