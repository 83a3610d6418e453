package org.civmap.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @Test
    void readsQuotedCellsWithCommasQuotesAndNewlinesKeepingLineNumbers() {
        CsvTable t = CsvTable.parse(
                "t.csv",
                "\uFEFFcode,name\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,五华区\n",
                List.of("code", "name"));
        assertThat(t.rows()).extracting(r -> r.get("name")).containsExactly("a, b", "say \"hi\"", "two\nlines", "五华区");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 4, 6);
        assertThat(t.problems()).isEmpty();
    }

    @Test
    void reportsRowsWithTheWrongColumnCountByLine() {
        CsvTable t = CsvTable.parse("t.csv", "code,name\n1,a\n2,b,c\n3\n", List.of("code", "name"));
        assertThat(t.rows()).hasSize(1);
        assertThat(t.problems())
                .containsExactly("t.csv:3: expected 2 columns, found 3", "t.csv:4: expected 2 columns, found 1");
    }

    @Test
    void rejectsAMissingColumnNamingTheHeader() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "code,label\n1,a\n", List.of("code", "name")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("t.csv:1: missing column 'name' (header is code,label)");
    }

    @Test
    void rejectsFilesThatAreNotUtf8(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, "code,name\n1,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(f, new byte[] {(byte) 0xce, (byte) 0xe5, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> CsvTable.read(f, List.of("code")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("gbk.csv: not valid UTF-8");
    }
}
