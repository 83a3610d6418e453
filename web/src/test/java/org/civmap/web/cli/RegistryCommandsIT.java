package org.civmap.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facility import/export and indicators through ./civmap's entry point, on an embedded store. */
class RegistryCommandsIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsAllOrNothingExportsAndComputesIndicators(@TempDir Path dir) throws IOException {
        String state = dir.resolve("state").toString();
        assertThat(run(
                        "import",
                        "divisions",
                        "--from",
                        "../data/yunnan",
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        Path good = Files.writeString(
                dir.resolve("good.csv"),
                "id,name,kind,lon,lat,division_code,served_codes,capacity,status,opened_on\n"
                        + "fh1,五华区殡仪馆,殡仪馆,102.66,25.20,530102,530103,40,OPEN,1999-01-01\n"
                        + "c1,示例公墓,RURAL_PUBLIC_CEMETERY,102.66,25.20,530102002,,500,OPEN,\n");
        assertThat(run(
                        "import",
                        "facilities",
                        "--from",
                        good.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 2 facilities into the official dataset");

        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                "id,name,kind,lon,lat,division_code\n"
                        + "x1,甲,殡仪馆,102.66,25.20,530102\n"
                        + "x2,乙,飞船,102.66,25.20,530102\n"
                        + "x3,丙,殡仪馆,25.20,102.66,530102\n"
                        + "x4,丁,殡仪馆,102.66,25.20,539999\n");
        assertThat(run(
                        "import",
                        "facilities",
                        "--from",
                        bad.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isEqualTo(2);
        String problems = err.toString(StandardCharsets.UTF_8);
        assertThat(problems)
                .contains("bad.csv:3: kind must be one of the facility vocabulary")
                .contains("bad.csv:4: position 25.200000,102.660000 lies more than 2 km outside county 530102")
                .contains("bad.csv:5: division_code 539999 is not in the division registry")
                .doesNotContain("bad.csv:2");

        Path exported = dir.resolve("out.csv");
        assertThat(run(
                        "export",
                        "facilities",
                        "--format",
                        "csv",
                        "--out",
                        exported.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported 2 facilities of the official dataset");
        assertThat(Files.readAllLines(exported)).hasSize(3).anyMatch(l -> l.startsWith("fh1,五华区殡仪馆,FUNERAL_HOME"));

        assertThat(run(
                        "indicators",
                        "--level",
                        "province",
                        "--as-of",
                        "2025-12-31",
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        // 五华区 has a funeral home and it also serves 盘龙区: 2 of 129 counties
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("funeral_home_county,53,云南省,2,129,0.0155,1.00,false,127");

        // GeoPackage round trip: export, then import the file back as the official registry
        Path gpkg = dir.resolve("out.gpkg");
        assertThat(run(
                        "export",
                        "facilities",
                        "--format",
                        "gpkg",
                        "--out",
                        gpkg.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        assertThat(run(
                        "import",
                        "facilities",
                        "--from",
                        gpkg.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 2 facilities into the official dataset");

        // a Shapefile written by H2GIS, with DBF names cut to 10 letters
        Path shp = dir.resolve("facilities.shp");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:mem:shpfixture", "sa", "")) {
            org.h2gis.functions.factory.H2GISFunctions.load(c);
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE F (THE_GEOM GEOMETRY(POINT, 4326), ID VARCHAR, NAME VARCHAR, KIND VARCHAR,"
                        + " DIVISION_C VARCHAR)");
                s.execute(
                        "INSERT INTO F VALUES ('SRID=4326;POINT (102.66 25.20)', 's1', '盘龙社工站', 'SOCIAL_WORK_STATION',"
                                + " '530102001')");
                s.execute("CALL SHPWrite('" + shp + "', 'F', 'UTF-8')");
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(run(
                        "import",
                        "facilities",
                        "--from",
                        shp.toString(),
                        "--state-dir",
                        state,
                        "--data-dir",
                        "../data/yunnan"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 1 facilities into the official dataset");
    }
}
