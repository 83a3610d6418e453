package org.civmap.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a UTF-8 CSV file (RFC 4180 quoting, first line a header) as rows that remember their line
 * number. Immutable once read.
 */
public final class CsvTable {

    /** One data row; {@code line} is the 1-based line number in the file. */
    public record Row(String file, int line, List<String> values, Map<String, Integer> header) {
        public Row {
            values = List.copyOf(values);
        }

        /** Returns the value of a header column; empty string when the cell is empty. */
        public String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column '" + column + "' in " + file);
            }
            return values.get(i);
        }

        /** Returns {@code file:line: reason}, the form every import error takes. */
        public String problem(String reason) {
            return file + ":" + line + ": " + reason;
        }
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;
    private final List<String> problems;

    private CsvTable(String file, List<String> header, List<Row> rows, List<String> problems) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a CSV file, strictly decoding UTF-8 and checking that every row has as many columns as
     * the header and that the expected columns are present.
     *
     * @param expectedColumns columns that must appear in the header, in any order
     * @return the table; rows with the wrong column count are left out and listed in {@link
     *     #problems()}
     * @throws DataFileException when the file is not UTF-8, empty or lacks an expected column
     */
    public static CsvTable read(Path path, List<String> expectedColumns) {
        String name = path.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": not valid UTF-8 (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return parse(name, text, expectedColumns);
    }

    /** Parses CSV text; see {@link #read(Path, List)}. */
    public static CsvTable parse(String name, String text, List<String> expectedColumns) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<int[]> lineStarts = new ArrayList<>();
        List<List<String>> records = splitRecords(name, text, lineStarts);
        if (records.isEmpty()) {
            throw new DataFileException(name + ":1: empty file, expected a header line");
        }
        List<String> header = records.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim(), i);
        }
        for (String col : expectedColumns) {
            if (!index.containsKey(col)) {
                throw new DataFileException(
                        name + ":1: missing column '" + col + "' (header is " + String.join(",", header) + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            int line = lineStarts.get(r)[0];
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() != header.size()) {
                problems.add(name + ":" + line + ": expected " + header.size() + " columns, found " + values.size());
                continue;
            }
            rows.add(new Row(name, line, values, index));
        }
        return new CsvTable(name, header, rows, problems);
    }

    private static List<List<String>> splitRecords(String name, String text, List<int[]> lineStarts) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                current.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(cell.toString());
                cell.setLength(0);
                records.add(current);
                lineStarts.add(new int[] {recordLine});
                current = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new DataFileException(name + ":" + recordLine + ": unterminated quoted field");
        }
        if (cell.length() > 0 || !current.isEmpty()) {
            current.add(cell.toString());
            records.add(current);
            lineStarts.add(new int[] {recordLine});
        }
        return records;
    }

    /** Returns the file name used in problem messages. */
    public String file() {
        return file;
    }

    /** Returns the header columns in file order. */
    public List<String> header() {
        return header;
    }

    /** Returns the well-formed data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Returns structural problems (wrong column counts) as {@code file:line: reason}. */
    public List<String> problems() {
        return problems;
    }
}
