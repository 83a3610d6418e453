package org.civmap.web.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stores accounts with bcrypt password hashes; same SQL on H2GIS and PostGIS. Thread-safe. */
public final class UserStore {

    /** One account. Immutable; the hash never leaves the server. */
    public record Account(String username, String passwordHash, Role role, boolean enabled) {}

    private final JdbcTemplate jdbc;

    public UserStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Returns the account with this name. */
    public Optional<Account> find(String username) {
        return jdbc
                .query(
                        "SELECT username, password_hash, role, enabled FROM users WHERE username = ?",
                        (rs, i) -> new Account(
                                rs.getString("username"),
                                rs.getString("password_hash"),
                                Role.valueOf(rs.getString("role")),
                                rs.getBoolean("enabled")),
                        username)
                .stream()
                .findFirst();
    }

    /** Returns every account name with its role, sorted by name. */
    public List<Account> list() {
        return jdbc.query(
                "SELECT username, role, enabled FROM users ORDER BY username",
                (rs, i) -> new Account(
                        rs.getString("username"), "", Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")));
    }

    /** Returns true when at least one enabled ADMIN exists. */
    public boolean hasAdmin() {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND enabled = TRUE", Integer.class);
        return n != null && n > 0;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalStateException when the name is taken
     */
    public void create(String username, String passwordHash, Role role) {
        try {
            jdbc.update(
                    "INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES (?,?,?,TRUE,?)",
                    username,
                    passwordHash,
                    role.name(),
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("username '" + username + "' is taken", e);
        }
    }

    /** Replaces an account's password hash; returns false when there is no such account. */
    public boolean setPassword(String username, String passwordHash) {
        return jdbc.update("UPDATE users SET password_hash = ? WHERE username = ?", passwordHash, username) == 1;
    }
}
