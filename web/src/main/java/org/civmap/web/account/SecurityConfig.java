package org.civmap.web.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Access rules: public data is readable by everyone (CITIZEN); every write needs a signed-in role;
 * administration needs ADMIN. API clients sign in with HTTP Basic (no cookie, so no CSRF risk);
 * browsers sign in with a form and a session cookie, and their writes need the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return username -> users.find(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .roles(a.role().name())
                        .disabled(!a.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/me", "/api/me/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/facilities", "/api/facilities/**")
                        .hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/facilities/**")
                        .hasAnyRole("PLANNER", "ADMIN")
                        // computations that write nothing: open like any read
                        .requestMatchers(HttpMethod.POST, "/api/isochrones", "/api/coverage/walk", "/api/catchments")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers("/login", "/logout", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        // CSRF rides on a session cookie; a request that sends none (an API client with
                        // HTTP Basic, or an anonymous caller who will get 401) cannot be forged that way.
                        request -> request.getSession(false) == null && request.getRequestedSessionId() == null))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(
                                response, 401, "Unauthorized", "sign in to do this (HTTP Basic or the /login form)"))
                        .accessDeniedHandler((request, response, ex) -> problem(
                                response,
                                403,
                                "Forbidden",
                                "your role may not do this, or the CSRF token is missing for a browser session")));
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"civmap\"");
        }
        JSON.writeValue(
                response.getOutputStream(),
                Map.of("type", "about:blank", "title", title, "status", status, "detail", detail));
    }
}
