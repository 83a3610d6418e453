package org.civmap.web;

import org.civmap.web.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/** The civmap service and command line: {@code civmap --help} lists the subcommands. */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class CivmapApplication {

    public static void main(String[] args) {
        int status = Cli.run(args, System.out, System.err);
        if (status != Cli.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
