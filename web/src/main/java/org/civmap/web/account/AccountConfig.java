package org.civmap.web.account;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wires the account store, needed by the server and the command line alike. */
@Configuration(proxyBeanMethods = false)
class AccountConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserStore userStore(DataSource dataSource) {
        return new UserStore(dataSource);
    }
}
