package org.civmap.web.facility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.civmap.core.facility.FacilityKind;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.core.facility.FacilityStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores facilities in two datasets — {@code demo} (generated, synthetic) and {@code official} (a
 * department's registry, which replaces the demo as soon as it has any record) — with every change
 * in {@code facility_history}. Same SQL on H2GIS and PostGIS. Thread-safe.
 */
public final class FacilityStore {

    public static final String DEMO = "demo";
    public static final String OFFICIAL = "official";

    /** One history entry; {@code at} is an ISO-8601 instant, {@code before}/{@code after} JSON. */
    public record Change(String at, String by, String action, String before, String after) {}

    /** Filters for listing; null fields do not filter. */
    public record Filter(FacilityKind kind, String divisionPrefix, FacilityStatus status, double[] bbox) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, name, kind, division_code, served_codes, capacity, status, opened_on,"
            + " closed_on, source, synthetic, lon, lat";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public FacilityStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static final RowMapper<FacilityRecord> ROW = (rs, i) -> new FacilityRecord(
            rs.getString("id"),
            rs.getString("name"),
            FacilityKind.valueOf(rs.getString("kind")),
            rs.getDouble("lon"),
            rs.getDouble("lat"),
            rs.getString("division_code"),
            rs.getString("served_codes").isEmpty()
                    ? List.of()
                    : Arrays.asList(rs.getString("served_codes").split("\\|")),
            rs.getInt("capacity"),
            FacilityStatus.valueOf(rs.getString("status")),
            date(rs, "opened_on"),
            date(rs, "closed_on"),
            rs.getString("source"),
            rs.getBoolean("synthetic"));

    private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }

    /** Returns the dataset indicators and maps use: official when it has records, else demo. */
    public String activeDataset() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM facilities WHERE dataset = ?", Integer.class, OFFICIAL);
        return n != null && n > 0 ? OFFICIAL : DEMO;
    }

    /** Returns how many records a dataset holds. */
    public int count(String dataset) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM facilities WHERE dataset = ?", Integer.class, dataset);
        return n == null ? 0 : n;
    }

    /**
     * Replaces a whole dataset in one transaction, recording an IMPORT entry per record.
     *
     * @throws IllegalStateException when an id is already used by the other dataset
     */
    public void replaceDataset(String dataset, List<FacilityRecord> records, String user) {
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM facilities WHERE dataset = ?", dataset);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> history = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (FacilityRecord f : records) {
                rows.add(values(f, dataset, now, user));
                history.add(new Object[] {f.id(), now, user, "IMPORT", null, json(f)});
            }
            try {
                jdbc.batchUpdate(insertSql(), rows);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw new IllegalStateException("an imported id is already used by another dataset's facility", e);
            }
            jdbc.batchUpdate(historySql(), history);
        });
    }

    /** Lists the active dataset's facilities matching a filter, in id order. */
    public List<FacilityRecord> list(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM facilities WHERE dataset = ?");
        List<Object> args = new ArrayList<>(List.of(activeDataset()));
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.divisionPrefix() != null) {
            sql.append(" AND division_code LIKE ?");
            args.add(filter.divisionPrefix() + "%");
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.bbox() != null) {
            sql.append(" AND lon >= ? AND lat >= ? AND lon <= ? AND lat <= ?");
            for (double v : filter.bbox()) {
                args.add(v);
            }
        }
        sql.append(" ORDER BY id LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** Returns every facility of the active dataset. */
    public List<FacilityRecord> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM facilities WHERE dataset = ? ORDER BY id", ROW, activeDataset());
    }

    /** Returns one facility of any dataset. */
    public Optional<FacilityRecord> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM facilities WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    /**
     * Adds a facility to the official dataset.
     *
     * @throws IllegalStateException when the id is taken
     */
    public void create(FacilityRecord f, String user) {
        tx.executeWithoutResult(status -> {
            if (find(f.id()).isPresent()) {
                throw new IllegalStateException("facility id '" + f.id() + "' is taken");
            }
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update(insertSql(), values(f, OFFICIAL, now, user));
            jdbc.update(historySql(), f.id(), now, user, "CREATE", null, json(f));
        });
    }

    /**
     * Replaces a facility's attributes, keeping the old ones in its history.
     *
     * @throws IllegalArgumentException when there is no such facility
     */
    public void update(FacilityRecord f, String user, String action) {
        tx.executeWithoutResult(status -> {
            FacilityRecord before =
                    find(f.id()).orElseThrow(() -> new IllegalArgumentException("no facility with id " + f.id()));
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update(
                    "UPDATE facilities SET name = ?, kind = ?, division_code = ?, served_codes = ?, capacity = ?,"
                            + " status = ?, opened_on = ?, closed_on = ?, source = ?, synthetic = ?, lon = ?, lat = ?,"
                            + " geom = ST_GeomFromText(?, 4326), updated_at = ?, updated_by = ? WHERE id = ?",
                    f.name(),
                    f.kind().name(),
                    f.divisionCode(),
                    String.join("|", f.servedCodes()),
                    f.capacity(),
                    f.status().name(),
                    f.openedOn().map(Date::valueOf).orElse(null),
                    f.closedOn().map(Date::valueOf).orElse(null),
                    f.source(),
                    f.synthetic(),
                    f.lon(),
                    f.lat(),
                    "POINT (" + f.lon() + " " + f.lat() + ")",
                    now,
                    user,
                    f.id());
            jdbc.update(historySql(), f.id(), now, user, action, json(before), json(f));
        });
    }

    /** Returns a facility's changes, oldest first. */
    public List<Change> history(String id) {
        return jdbc.query(
                "SELECT changed_at, changed_by, action, before_json, after_json FROM facility_history"
                        + " WHERE facility_id = ? ORDER BY id",
                (rs, i) -> new Change(
                        rs.getTimestamp("changed_at").toInstant().toString(),
                        rs.getString("changed_by"),
                        rs.getString("action"),
                        rs.getString("before_json"),
                        rs.getString("after_json")),
                id);
    }

    private static String insertSql() {
        return "INSERT INTO facilities (id, dataset, name, kind, division_code, served_codes, capacity, status,"
                + " opened_on, closed_on, source, synthetic, lon, lat, geom, updated_at, updated_by)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,ST_GeomFromText(?, 4326),?,?)";
    }

    private static String historySql() {
        return "INSERT INTO facility_history (facility_id, changed_at, changed_by, action, before_json, after_json)"
                + " VALUES (?,?,?,?,?,?)";
    }

    private static Object[] values(FacilityRecord f, String dataset, Timestamp now, String user) {
        return new Object[] {
            f.id(),
            dataset,
            f.name(),
            f.kind().name(),
            f.divisionCode(),
            String.join("|", f.servedCodes()),
            f.capacity(),
            f.status().name(),
            f.openedOn().map(Date::valueOf).orElse(null),
            f.closedOn().map(Date::valueOf).orElse(null),
            f.source(),
            f.synthetic(),
            f.lon(),
            f.lat(),
            "POINT (" + f.lon() + " " + f.lat() + ")",
            now,
            user
        };
    }

    /** Returns a facility as the JSON kept in its history. */
    static String json(FacilityRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("kind", f.kind().name());
        m.put("lon", f.lon());
        m.put("lat", f.lat());
        m.put("divisionCode", f.divisionCode());
        m.put("servedCodes", f.servedCodes());
        m.put("capacity", f.capacity());
        m.put("status", f.status().name());
        m.put("openedOn", f.openedOn().map(LocalDate::toString).orElse(null));
        m.put("closedOn", f.closedOn().map(LocalDate::toString).orElse(null));
        m.put("source", f.source());
        m.put("synthetic", f.synthetic());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
