package org.civmap.web.facility;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.facility.FacilityFiles;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.web.division.DivisionStore;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Imports a facility registry file into a dataset, all-or-nothing: every row is checked against the
 * vocabulary and the division registry, and its position against its county's boundary (within 2 km,
 * since the AMap boundaries are generalised), before one transaction replaces the dataset.
 */
public final class FacilityImporter {

    /** How far outside its county's polygon a facility may stand, in degrees (about 2 km). */
    static final double COUNTY_TOLERANCE_DEGREES = 0.02;

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private final FacilityStore store;
    private final DivisionStore divisions;

    public FacilityImporter(FacilityStore store, DivisionStore divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /**
     * Reads and stores a registry.
     *
     * @return the records stored
     * @throws org.civmap.core.io.DataFileException listing every bad row; nothing is written
     */
    public List<FacilityRecord> importFile(Path file, String dataset, String user) {
        List<Division> all = divisions.all();
        Set<String> codes = all.stream().map(Division::code).collect(Collectors.toSet());
        Map<String, PreparedGeometry> counties = new HashMap<>();
        for (Division d : all) {
            if (d.level() == DivisionLevel.COUNTY) {
                divisions.boundary(d.code()).ifPresent(g -> counties.put(d.code(), PreparedGeometryFactory.prepare(g)));
            }
        }
        FacilityFiles.LocationCheck check = (code, lon, lat) -> {
            if (code.length() < 6) {
                return Optional.empty();
            }
            PreparedGeometry county = counties.get(code.substring(0, 6));
            if (county == null) {
                return Optional.empty();
            }
            var point = WGS84.createPoint(new Coordinate(lon, lat));
            if (county.covers(point) || county.getGeometry().isWithinDistance(point, COUNTY_TOLERANCE_DEGREES)) {
                return Optional.empty();
            }
            Geometry g = county.getGeometry();
            return Optional.of(String.format(
                    java.util.Locale.ROOT,
                    "position %.6f,%.6f lies more than 2 km outside county %s (its boundary spans %.3f..%.3f E,"
                            + " %.3f..%.3f N); check lon/lat order and the division_code",
                    lon,
                    lat,
                    code.substring(0, 6),
                    g.getEnvelopeInternal().getMinX(),
                    g.getEnvelopeInternal().getMaxX(),
                    g.getEnvelopeInternal().getMinY(),
                    g.getEnvelopeInternal().getMaxY()));
        };
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        List<FacilityRecord> records;
        if (name.endsWith(".gpkg")) {
            records = FacilityFiles.fromRows(FacilityFormats.readGeoPackage(file), codes, check);
        } else if (name.endsWith(".shp")) {
            records = FacilityFiles.fromRows(FacilityFormats.readShapefile(file), codes, check);
        } else {
            records = FacilityFiles.read(file, codes, check);
        }
        store.replaceDataset(dataset, records, user);
        return records;
    }
}
