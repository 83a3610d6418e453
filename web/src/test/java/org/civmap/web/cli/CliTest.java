package org.civmap.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listsTheSubcommandsInHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("serve", "import", "--state-dir", "--store h2gis|postgis");
    }

    @Test
    void rejectsUnknownCommandsAndOptionsWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
        assertThat(run("serve", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--colour'");
    }

    @Test
    void checksOptionValuesBeforeStartingAnything() {
        assertThat(run("serve", "--port", "99999")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a number in 1..65535, was '99999'");
        assertThat(run("serve", "--store", "oracle")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("store must be h2gis or postgis, was 'oracle'");
        assertThat(run("import", "divisions", "--from", "/no/such/dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from /no/such/dir: no such directory");
        assertThat(run("import", "spaceships")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown dataset 'spaceships'");
    }
}
