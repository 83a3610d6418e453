package org.civmap.web.division;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.civmap.core.division.Division;
import org.civmap.core.division.DivisionBoundary;
import org.civmap.core.division.DivisionKind;
import org.civmap.core.division.DivisionLevel;
import org.civmap.core.division.DivisionRegistry;
import org.civmap.core.division.FormerName;
import org.civmap.core.placename.Pinyin;
import org.civmap.web.config.StoreKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores divisions with plain SQL that H2GIS and PostGIS both understand; geometry crosses the
 * driver as WKB so both stores return the same coordinates bit for bit. Thread-safe.
 */
public final class JdbcDivisionStore implements DivisionStore {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StoreKind kind;

    /** Creates a store over a migrated data source. */
    public JdbcDivisionStore(DataSource dataSource, StoreKind kind) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.kind = kind;
    }

    /** Returns which database this store writes to. */
    public StoreKind kind() {
        return kind;
    }

    private static final RowMapper<Division> DIVISION = (rs, i) -> new Division(
            rs.getString("code"),
            rs.getString("name"),
            DivisionLevel.valueOf(rs.getString("level")),
            DivisionKind.valueOf(rs.getString("kind")),
            rs.getString("parent_code") == null ? "" : rs.getString("parent_code"),
            rs.getString("pinyin"),
            Division.PinyinSource.valueOf(rs.getString("pinyin_source")),
            rs.getBoolean("pinyin_review"),
            rs.getInt("valid_from_year"));

    private static final String COLUMNS =
            "code, name, level, kind, parent_code, pinyin, pinyin_source, pinyin_review, valid_from_year";

    @Override
    public int replaceAll(
            DivisionRegistry registry, List<DivisionBoundary> boundaries, String sourceDir, String summary) {
        Integer written = tx.execute(status -> {
            jdbc.update("DELETE FROM division_former_names");
            jdbc.update("DELETE FROM division_boundaries");
            jdbc.update("DELETE FROM divisions");
            List<Object[]> rows = new ArrayList<>();
            for (Division d : registry.divisions()) {
                rows.add(new Object[] {
                    d.code(),
                    d.name(),
                    d.level().name(),
                    d.kind().name(),
                    d.parentCode().isEmpty() ? null : d.parentCode(),
                    d.pinyin(),
                    Pinyin.initialsOf(d.pinyin()),
                    d.pinyinSource().name(),
                    d.pinyinNeedsReview(),
                    d.validFromYear() == 0 ? null : d.validFromYear()
                });
            }
            batch(
                    "INSERT INTO divisions (code, name, level, kind, parent_code, pinyin, pinyin_initials,"
                            + " pinyin_source, pinyin_review, valid_from_year) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    rows);
            WKBWriter wkb = new WKBWriter();
            List<Object[]> geoms = new ArrayList<>();
            for (DivisionBoundary b : boundaries) {
                geoms.add(new Object[] {b.code(), wkb.write(asMulti(b.geometry())), b.source()});
            }
            batch("INSERT INTO division_boundaries (code, geom, source) VALUES (?, ST_GeomFromWKB(?, 4326), ?)", geoms);
            List<Object[]> names = new ArrayList<>();
            for (FormerName f : registry.formerNames()) {
                names.add(new Object[] {
                    f.currentCode(),
                    f.name(),
                    f.event().newName(),
                    f.validFromYear() == 0 ? null : f.validFromYear(),
                    f.validToYear(),
                    f.event().type(),
                    f.event().source()
                });
            }
            batch(
                    "INSERT INTO division_former_names (current_code, name, new_name, valid_from_year, valid_to_year,"
                            + " event_type, source) VALUES (?,?,?,?,?,?,?)",
                    names);
            jdbc.update(
                    "INSERT INTO import_runs (dataset, source_dir, finished_at, summary) VALUES (?,?,?,?)",
                    "divisions",
                    sourceDir,
                    Timestamp.from(Instant.now()),
                    summary.length() > 4000 ? summary.substring(0, 4000) : summary);
            return rows.size() + geoms.size() + names.size();
        });
        return written == null ? 0 : written;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static MultiPolygon asMulti(Geometry g) {
        if (g instanceof MultiPolygon mp) {
            return mp;
        }
        if (g instanceof Polygon p) {
            return WGS84.createMultiPolygon(new Polygon[] {p});
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                parts.add(p);
            }
        }
        return WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    @Override
    public Map<DivisionLevel, Integer> countsByLevel() {
        Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
        for (DivisionLevel l : DivisionLevel.values()) {
            counts.put(l, 0);
        }
        jdbc.query("SELECT level, COUNT(*) AS n FROM divisions GROUP BY level", (ResultSet rs) -> {
            counts.put(DivisionLevel.valueOf(rs.getString("level")), rs.getInt("n"));
        });
        return counts;
    }

    @Override
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM divisions", Integer.class);
        return n == null || n == 0;
    }

    @Override
    public List<Division> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM divisions ORDER BY code", DIVISION);
    }

    @Override
    public Optional<Division> find(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM divisions WHERE code = ?", DIVISION, code).stream()
                .findFirst();
    }

    @Override
    public List<Division> children(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM divisions WHERE parent_code = ? ORDER BY code", DIVISION, code);
    }

    @Override
    public int childCount(String code) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM divisions WHERE parent_code = ?", Integer.class, code);
        return n == null ? 0 : n;
    }

    @Override
    public Page search(DivisionLevel level, String parent, String q, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be in 1..500, was " + size);
        }
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (level != null) {
            where.append(" AND level = ?");
            args.add(level.name());
        }
        if (parent != null && !parent.isBlank()) {
            where.append(" AND parent_code = ?");
            args.add(parent.trim());
        }
        String text = q == null ? "" : q.trim();
        if (!text.isEmpty()) {
            String like = "%" + escapeLike(text) + "%";
            String latin = escapeLike(text.toLowerCase(Locale.ROOT).replace(" ", "")) + "%";
            where.append(" AND (name LIKE ? ESCAPE '!' OR REPLACE(pinyin, ' ', '') LIKE ? ESCAPE '!'"
                    + " OR pinyin_initials LIKE ? ESCAPE '!'"
                    + " OR code IN (SELECT current_code FROM division_former_names WHERE name LIKE ? ESCAPE '!'))");
            args.add(like);
            args.add(latin);
            args.add(latin);
            args.add(like);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM divisions" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>();
        pageArgs.add(text);
        pageArgs.addAll(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Division> items = jdbc.query(
                "SELECT " + COLUMNS + " FROM divisions" + where
                        + " ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END, LENGTH(code), code LIMIT ? OFFSET ?",
                DIVISION,
                reorder(pageArgs));
        return new Page(items, page, size, total == null ? 0 : total);
    }

    /** Moves the exact-name argument behind the WHERE arguments, matching the SQL's order. */
    private static Object[] reorder(List<Object> pageArgs) {
        List<Object> ordered = new ArrayList<>(pageArgs.subList(1, pageArgs.size() - 2));
        ordered.add(pageArgs.get(0));
        ordered.addAll(pageArgs.subList(pageArgs.size() - 2, pageArgs.size()));
        return ordered.toArray();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Geometry> boundary(String code) {
        List<Geometry> result = jdbc.query(
                "SELECT ST_AsBinary(geom) AS wkb FROM division_boundaries WHERE code = ?",
                (rs, i) -> readWkb(rs),
                code);
        return result.stream().findFirst();
    }

    private static Geometry readWkb(ResultSet rs) throws SQLException {
        try {
            Geometry g = new WKBReader(WGS84).read(rs.getBytes("wkb"));
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new SQLException("stored geometry is not valid WKB: " + e.getMessage(), e);
        }
    }

    @Override
    public List<FormerNameView> formerNames(String code) {
        return jdbc.query(
                "SELECT name, new_name, valid_from_year, valid_to_year, event_type, source"
                        + " FROM division_former_names WHERE current_code = ? ORDER BY valid_to_year, name",
                (rs, i) -> new FormerNameView(
                        rs.getString("name"),
                        rs.getString("new_name"),
                        (Integer) rs.getObject("valid_from_year", Integer.class),
                        rs.getInt("valid_to_year"),
                        rs.getString("event_type"),
                        rs.getString("source")),
                code);
    }

    @Override
    public Map<String, List<String>> allFormerNames() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        jdbc.query(
                "SELECT current_code, name FROM division_former_names ORDER BY current_code, valid_to_year",
                (ResultSet rs) -> {
                    out.computeIfAbsent(rs.getString("current_code"), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        return out;
    }

    @Override
    public List<String> codesWithFormerName(String name) {
        return jdbc.queryForList(
                "SELECT DISTINCT current_code FROM division_former_names WHERE name = ? ORDER BY current_code",
                String.class,
                name);
    }
}
