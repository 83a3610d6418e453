package org.civmap.web.account;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first ADMIN when the store has none: user {@code admin} with the password from
 * {@code CIVMAP_ADMIN_PASSWORD}, or else a random one-time password printed once on the terminal.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String configured;

    AdminBootstrap(UserStore users, PasswordEncoder encoder, @Value("${CIVMAP_ADMIN_PASSWORD:}") String configured) {
        this.users = users;
        this.encoder = encoder;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAdmin()) {
            return;
        }
        if (!configured.isBlank()) {
            users.create("admin", encoder.encode(configured), Role.ADMIN);
            log.info("created the first ADMIN 'admin' with the password from CIVMAP_ADMIN_PASSWORD");
            return;
        }
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        users.create("admin", encoder.encode(password), Role.ADMIN);
        String banner = "\n=====================================================================\n"
                + " First start: created ADMIN user 'admin' with one-time password\n"
                + "     " + password + "\n"
                + " It is shown only this once. Change it: PUT /api/me/password\n"
                + "=====================================================================";
        System.out.println(banner);
    }
}
