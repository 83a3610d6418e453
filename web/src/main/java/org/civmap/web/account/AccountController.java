package org.civmap.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: who am I, change my password, and (ADMIN) create and list users. */
@RestController
@Tag(name = "accounts", description = "用户与角色 users and roles")
class AccountController {

    private final UserStore users;
    private final PasswordEncoder encoder;

    AccountController(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    record NewUser(String username, String password, String role) {}

    record PasswordChange(String password) {}

    record UserView(String username, String role, boolean enabled) {}

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user and role")
    Map<String, Object> me(Authentication auth) {
        String role = auth.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", ""))
                .findFirst()
                .orElse(Role.CITIZEN.name());
        return Map.of("username", auth.getName(), "role", role);
    }

    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password (at least 10 characters)")
    void changePassword(Principal principal, @RequestBody PasswordChange change) {
        checkPassword(change.password());
        users.setPassword(principal.getName(), encoder.encode(change.password()));
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "List users (ADMIN)")
    List<UserView> list() {
        return users.list().stream()
                .map(a -> new UserView(a.username(), a.role().name(), a.enabled()))
                .toList();
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with a role SURVEYOR, PLANNER or ADMIN (ADMIN)")
    UserView create(@RequestBody NewUser user) {
        String name = user.username() == null ? "" : user.username().trim();
        if (!name.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw new IllegalArgumentException(
                    "username must be 3..64 letters, digits, '_', '.' or '-', was '" + name + "'");
        }
        checkPassword(user.password());
        Role role;
        try {
            role = Role.valueOf(user.role() == null ? "" : user.role().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role must be SURVEYOR, PLANNER or ADMIN, was '" + user.role() + "'");
        }
        if (role == Role.CITIZEN) {
            throw new IllegalArgumentException(
                    "role must be SURVEYOR, PLANNER or ADMIN, was 'CITIZEN' (citizens need no account)");
        }
        users.create(name, encoder.encode(user.password()), role);
        return new UserView(name, role.name(), true);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 10 || password.length() > 72) {
            throw new IllegalArgumentException("password must be 10..72 characters");
        }
    }
}
