package org.civmap.web.facility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.civmap.core.facility.FacilityFiles;
import org.civmap.core.io.DataFileException;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Facility registries as GeoPackage (read and write, table {@code facilities}, EPSG:4326, the
 * facility id in {@code facility_id}) and
 * Shapefile (read, through H2GIS's reader; DBF field names are cut to 10 characters, so
 * {@code division_c} stands for {@code division_code}). Rows come back as {@link FacilityFiles.Row}s
 * and are checked by the same rules as CSV. Stateless.
 */
public final class FacilityFormats {

    static final String TABLE = "facilities";

    /** GeoPackage tables have their own integer {@code id} key, so the facility id is stored here. */
    static final String ID_COLUMN = "facility_id";

    private static String gpkgName(String column) {
        return column.equals("id") ? ID_COLUMN : column;
    }

    private FacilityFormats() {}

    /** Writes records to a new GeoPackage file (replaced if it exists). */
    public static void writeGeoPackage(List<org.civmap.core.facility.FacilityRecord> records, Path file)
            throws IOException {
        Files.deleteIfExists(file);
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            var srs = gpkg.getSpatialReferenceSystemDao().getOrCreateFromEpsg(4326);
            GeometryColumns geometry = new GeometryColumns();
            geometry.setTableName(TABLE);
            geometry.setColumnName("geom");
            geometry.setGeometryType(GeometryType.POINT);
            geometry.setSrs(srs);
            geometry.setZ((byte) 0);
            geometry.setM((byte) 0);
            List<FeatureColumn> columns = new ArrayList<>();
            for (String c : FacilityFiles.COLUMNS) {
                if (!c.equals("lon") && !c.equals("lat")) {
                    columns.add(FeatureColumn.createColumn(gpkgName(c), GeoPackageDataType.TEXT));
                }
            }
            gpkg.createFeatureTable(FeatureTableMetadata.create(geometry, columns));
            FeatureDao dao = gpkg.getFeatureDao(TABLE);
            for (var f : records) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), new mil.nga.sf.Point(f.lon(), f.lat())));
                FacilityFiles.values(f).forEach((k, v) -> {
                    if (!k.equals("lon") && !k.equals("lat")) {
                        row.setValue(gpkgName(k), v);
                    }
                });
                dao.create(row);
            }
        } catch (SQLException e) {
            throw new IOException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the {@code facilities} table (or the only feature table) of a GeoPackage. */
    public static List<FacilityFiles.Row> readGeoPackage(Path file) {
        String name = file.getFileName().toString();
        List<FacilityFiles.Row> rows = new ArrayList<>();
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false)) {
            List<String> tables = gpkg.getFeatureTables();
            String table = tables.contains(TABLE) ? TABLE : tables.size() == 1 ? tables.get(0) : null;
            if (table == null) {
                throw new DataFileException(name + ": no feature table 'facilities' (tables: " + tables + ")");
            }
            FeatureDao dao = gpkg.getFeatureDao(table);
            FeatureResultSet rs = dao.queryForAll();
            try {
                int index = 0;
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    Map<String, String> values = new HashMap<>();
                    for (String c : row.getColumnNames()) {
                        Object v = row.getValue(c);
                        if (v != null && !c.equals(row.getGeometryColumnName())) {
                            values.put(c.toLowerCase(Locale.ROOT), v.toString());
                        }
                    }
                    if (values.containsKey(ID_COLUMN)) {
                        values.put("id", values.remove(ID_COLUMN)); // GeoPackage's own "id" is its row key
                    }
                    GeoPackageGeometryData g = row.getGeometry();
                    if (g != null && g.getGeometry() instanceof mil.nga.sf.Point p) {
                        values.put("lon", String.valueOf(p.getX()));
                        values.put("lat", String.valueOf(p.getY()));
                    }
                    rows.add(new FacilityFiles.Row(name + "#" + index++ + ": ", values));
                }
            } finally {
                rs.close();
            }
        }
        return rows;
    }

    /** Reads a Shapefile of points with H2GIS into rows; DBF names are matched on their first 10 letters. */
    public static List<FacilityFiles.Row> readShapefile(Path file) {
        String name = file.getFileName().toString();
        String url = "jdbc:h2:mem:shp" + UUID.randomUUID().toString().replace("-", "");
        List<FacilityFiles.Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            H2GISFunctions.load(c);
            try (Statement s = c.createStatement()) {
                s.execute("CALL SHPRead('" + file.toAbsolutePath().toString().replace("'", "''") + "', 'T', 'UTF-8')");
                try (ResultSet rs = s.executeQuery("SELECT * FROM T")) {
                    ResultSetMetaData md = rs.getMetaData();
                    int index = 0;
                    while (rs.next()) {
                        Map<String, String> values = new HashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String column = md.getColumnName(i).toLowerCase(Locale.ROOT);
                            Object v = rs.getObject(i);
                            if (v instanceof Geometry g) {
                                if (g instanceof Point p) {
                                    values.put("lon", String.valueOf(p.getX()));
                                    values.put("lat", String.valueOf(p.getY()));
                                }
                            } else if (v != null) {
                                values.put(fullName(column), v.toString().trim());
                            }
                        }
                        rows.add(new FacilityFiles.Row(name + "#" + index++ + ": ", values));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DataFileException(name + ": not a readable Shapefile: " + e.getMessage());
        }
        return rows;
    }

    private static String fullName(String dbfColumn) {
        for (String c : FacilityFiles.COLUMNS) {
            if (c.equals(dbfColumn) || (c.length() > 10 && c.substring(0, 10).equals(dbfColumn))) {
                return c;
            }
        }
        return dbfColumn;
    }
}
