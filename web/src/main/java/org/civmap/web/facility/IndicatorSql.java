package org.civmap.web.facility;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.civmap.core.coverage.IndicatorDefinition;
import org.civmap.core.division.DivisionKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province headline of an indicator as one PostgreSQL query, the way a GIS analyst would write it
 * in PostGIS: used to check civmap's in-memory calculator and to time it against the database.
 * PostgreSQL only. Thread-safe.
 */
public final class IndicatorSql {

    private final JdbcTemplate jdbc;

    public IndicatorSql(DataSource postgres) {
        this.jdbc = new JdbcTemplate(postgres);
    }

    /** Returns {numerator, denominator} for the whole province, as of a day. */
    public int[] province(IndicatorDefinition d, String dataset, LocalDate day) {
        int len = d.unitLevel().codeLength();
        List<String> unitKinds = d.unitKinds().isEmpty()
                ? Arrays.stream(DivisionKind.values())
                        .filter(k -> k.level() == d.unitLevel() && k.administrative())
                        .map(Enum::name)
                        .toList()
                : d.unitKinds().stream().map(Enum::name).toList();
        String facilities = "WITH f AS (SELECT id, division_code, served_codes FROM facilities WHERE dataset = ?"
                + " AND kind IN (" + placeholders(d.facilityKinds().size()) + ") AND status IN ('OPEN', 'CLOSED')"
                + " AND (opened_on IS NULL OR opened_on <= ?)"
                + " AND ((closed_on IS NOT NULL AND closed_on > ?) OR (closed_on IS NULL AND status = 'OPEN'))),"
                + " hits AS (SELECT id, left(division_code, " + len + ") AS u FROM f"
                + " WHERE length(division_code) >= " + len
                + " UNION SELECT id, left(s, " + len + ") FROM f, regexp_split_to_table(served_codes, '\\|') AS s"
                + " WHERE length(s) >= " + len + "),"
                + " per_unit AS (SELECT d.code, coalesce(h.n, 0) >= ? AS covered FROM divisions d"
                + " LEFT JOIN (SELECT u, count(*) AS n FROM hits GROUP BY u) h ON h.u = d.code"
                + " WHERE d.level = ? AND d.kind IN (" + placeholders(unitKinds.size()) + "))";
        String select = d.judgedAt().isEmpty()
                ? " SELECT count(*) FILTER (WHERE covered), count(*) FROM per_unit"
                : " SELECT count(*) FILTER (WHERE ok), count(*) FROM (SELECT left(code, "
                        + d.judgedAt().get().codeLength() + ") AS area, avg(covered::int) >= ? - 1e-9 AS ok"
                        + " FROM per_unit GROUP BY 1) x";
        List<Object> args = new ArrayList<>();
        args.add(dataset);
        d.facilityKinds().stream().map(Enum::name).sorted().forEach(args::add);
        args.add(Date.valueOf(day));
        args.add(Date.valueOf(day));
        args.add(d.minCount());
        args.add(d.unitLevel().name());
        args.addAll(unitKinds);
        if (d.judgedAt().isPresent()) {
            args.add(d.target());
        }
        return jdbc.queryForObject(
                facilities + select, (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, args.toArray());
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
