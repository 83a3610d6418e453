package org.civmap.core.division;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civmap.core.io.CsvTable;
import org.civmap.core.io.DataFileException;
import org.civmap.core.placename.Pinyin;

/**
 * Reads and checks the division registry from a data directory laid out as civmap ships it ({@code
 * divisions/*.csv} from the NBS codes, {@code divisions/pinyin_areacity_level4.csv}, {@code
 * division_events.csv}). Stateless and thread-safe.
 *
 * <p>Every row is checked before anything is returned: column count, code format, duplicate codes,
 * unknown parents and codes that do not extend their parent's code. All problems are collected and
 * thrown together as a {@link DataFileException} with {@code file:line: reason}, so a caller that
 * writes only on success stays all-or-nothing.
 */
public final class DivisionRegistryReader {

    private record LevelFile(DivisionLevel level, String file, String parentColumn) {}

    private static final List<LevelFile> FILES = List.of(
            new LevelFile(DivisionLevel.PROVINCE, "provinces.csv", null),
            new LevelFile(DivisionLevel.PREFECTURE, "prefectures.csv", "provinceCode"),
            new LevelFile(DivisionLevel.COUNTY, "counties.csv", "cityCode"),
            new LevelFile(DivisionLevel.TOWNSHIP, "townships.csv", "areaCode"),
            new LevelFile(DivisionLevel.VILLAGE, "villages.csv", "streetCode"));

    static final String AREACITY_FILE = "pinyin_areacity_level4.csv";
    static final String EVENTS_FILE = "division_events.csv";

    /** Progress callback: a message per file read. */
    public interface Progress {
        void report(String message);
    }

    private DivisionRegistryReader() {}

    /** Reads the registry without progress reports. */
    public static DivisionRegistry read(Path dataDir) {
        return read(dataDir, message -> {});
    }

    /**
     * Reads and checks the registry under {@code dataDir}.
     *
     * @throws DataFileException listing every bad row as {@code file:line: reason}
     */
    public static DivisionRegistry read(Path dataDir, Progress progress) {
        Path divisionsDir = dataDir.resolve("divisions");
        if (!Files.isDirectory(divisionsDir)) {
            throw new DataFileException(divisionsDir + ": no such directory (expected the division CSV files)");
        }
        List<String> problems = new ArrayList<>();
        Map<String, String[]> areaCity = readAreaCity(divisionsDir.resolve(AREACITY_FILE), problems);
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (LevelFile lf : FILES) {
            List<String> columns =
                    lf.parentColumn == null ? List.of("code", "name") : List.of("code", "name", lf.parentColumn);
            CsvTable table = CsvTable.read(divisionsDir.resolve(lf.file), columns);
            problems.addAll(table.problems());
            int before = byCode.size();
            for (CsvTable.Row row : table.rows()) {
                Division d = checkRow(lf, row, byCode, areaCity, problems);
                if (d != null) {
                    byCode.put(d.code(), d);
                }
            }
            progress.report(lf.file + ": " + (byCode.size() - before) + " "
                    + lf.level.name().toLowerCase() + " units");
        }
        List<DivisionEvent> events = new ArrayList<>();
        Path eventsFile = dataDir.resolve(EVENTS_FILE);
        if (Files.exists(eventsFile)) {
            events = readEvents(eventsFile, byCode, problems);
            progress.report(EVENTS_FILE + ": " + events.size() + " rename events");
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        List<FormerName> formerNames = formerNames(events);
        for (DivisionEvent e : events) {
            Division d = byCode.get(e.currentCode());
            if (d.name().equals(e.newName()) && e.year() > d.validFromYear()) {
                byCode.put(d.code(), d.withValidFromYear(e.year()));
            }
        }
        return new DivisionRegistry(new ArrayList<>(byCode.values()), formerNames, events);
    }

    private static Division checkRow(
            LevelFile lf,
            CsvTable.Row row,
            Map<String, Division> known,
            Map<String, String[]> areaCity,
            List<String> problems) {
        String code = row.get("code").trim();
        String name = row.get("name").trim();
        if (code.length() != lf.level.codeLength() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(row.problem("malformed code '" + code + "': a "
                    + lf.level.name().toLowerCase() + " code has " + lf.level.codeLength() + " digits"));
            return null;
        }
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(row.problem("name of " + code + " is empty or has control characters"));
            return null;
        }
        if (known.containsKey(code)) {
            problems.add(row.problem("duplicate code " + code));
            return null;
        }
        String parent = "";
        if (lf.parentColumn != null) {
            parent = row.get(lf.parentColumn).trim();
            Division p = known.get(parent);
            if (p == null || p.level() != lf.level.parent()) {
                problems.add(
                        row.problem("unknown parent " + lf.parentColumn + "=" + parent + " for " + code + " " + name));
                return null;
            }
            if (!code.startsWith(parent)) {
                problems.add(row.problem(
                        "code/level mismatch: " + code + " does not start with its parent's code " + parent));
                return null;
            }
        }
        DivisionKind kind = DivisionKind.classify(lf.level, name);
        String[] ac = areaCity.get(parent + "|" + name);
        String pinyin;
        boolean review;
        Division.PinyinSource source;
        if (ac != null && name.startsWith(ac[0])) {
            Pinyin.Result suffix = Pinyin.of(name.substring(ac[0].length()));
            pinyin = (ac[1] + " " + suffix.spaced()).trim();
            review = suffix.needsReview();
            source = Division.PinyinSource.AREACITY;
        } else {
            Pinyin.Result generated = Pinyin.of(name);
            pinyin = generated.spaced();
            review = generated.needsReview();
            source = Division.PinyinSource.GENERATED;
        }
        return new Division(code, name, lf.level, kind, parent, pinyin, source, review, 0);
    }

    /** Returns (parent code|full name) → {stem, stem pinyin}; AreaCity ids are never used as keys. */
    private static Map<String, String[]> readAreaCity(Path file, List<String> problems) {
        Map<String, String[]> result = new HashMap<>();
        if (!Files.exists(file)) {
            return result;
        }
        CsvTable table = CsvTable.read(file, List.of("pid", "deep", "name", "pinyin", "ext_name"));
        problems.addAll(table.problems());
        for (CsvTable.Row row : table.rows()) {
            String pid = row.get("pid").trim();
            String parent = "0".equals(pid) ? "" : pid;
            String pinyin = normalisePinyin(row.get("pinyin"));
            result.put(
                    parent + "|" + row.get("ext_name").trim(),
                    new String[] {row.get("name").trim(), pinyin});
        }
        return result;
    }

    /** Writes ü where AreaCity typed v (lv → lü, nve → nüe), as GB/T 16159 spells it. */
    static String normalisePinyin(String pinyin) {
        StringBuilder sb = new StringBuilder();
        for (String s : pinyin.trim().toLowerCase().split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.replace('v', 'ü'));
        }
        return sb.toString();
    }

    private static List<DivisionEvent> readEvents(Path file, Map<String, Division> known, List<String> problems) {
        CsvTable table =
                CsvTable.read(file, List.of("former_name", "current_code", "new_name", "year", "type", "source"));
        problems.addAll(table.problems());
        List<DivisionEvent> events = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("current_code").trim();
            if (!known.containsKey(code)) {
                problems.add(row.problem("unknown current_code " + code));
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(row.get("year").trim());
            } catch (NumberFormatException e) {
                problems.add(row.problem("year must be a whole number, was '" + row.get("year") + "'"));
                continue;
            }
            try {
                events.add(new DivisionEvent(
                        row.get("former_name").trim(),
                        code,
                        row.get("new_name").trim(),
                        year,
                        row.get("type").trim(),
                        row.get("source").trim()));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(e.getMessage()));
            }
        }
        return events;
    }

    /** Chains events per unit by year so 中甸县 (…–2001) and 香格里拉县 (2001–2014) both resolve. */
    private static List<FormerName> formerNames(List<DivisionEvent> events) {
        List<FormerName> result = new ArrayList<>();
        for (DivisionEvent e : events) {
            int from = 0;
            for (DivisionEvent earlier : events) {
                if (earlier.currentCode().equals(e.currentCode())
                        && earlier.newName().equals(e.formerName())
                        && earlier.year() < e.year()) {
                    from = Math.max(from, earlier.year());
                }
            }
            result.add(new FormerName(e.currentCode(), e.formerName(), from, e.year(), e));
        }
        return result;
    }
}
