package org.civmap.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civmap.web.support.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

class SecurityIT extends WebTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    private static String user(String name, String role) {
        return "{\"username\":\"" + name + "\",\"password\":\"password-" + name + "\",\"role\":\"" + role + "\"}";
    }

    private void createUser(String name, String role) throws Exception {
        if (users.find(name).isEmpty()) {
            mvc.perform(post("/api/admin/users")
                            .with(httpBasic("admin", ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(user(name, role)))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void letsAnyoneReadPublicData() throws Exception {
        mvc.perform(get("/api/divisions/53")).andExpect(status().isOk());
        mvc.perform(get("/api/divisions?q=km")).andExpect(status().isOk());
    }

    @Test
    void asksAnonymousWritersToSignIn() throws Exception {
        mvc.perform(post("/api/admin/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("x1", "PLANNER")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void createsTheFirstAdminFromTheEnvironmentWithABcryptHash() {
        UserStore.Account admin = users.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("$2a$").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void letsOnlyAdminsManageUsers() throws Exception {
        createUser("planner1", "PLANNER");
        createUser("surveyor1", "SURVEYOR");
        mvc.perform(post("/api/admin/users")
                        .with(httpBasic("planner1", "password-planner1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("x2", "ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/users").with(httpBasic("surveyor1", "password-surveyor1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/divisions/import").with(httpBasic("planner1", "password-planner1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/users").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username=='planner1')].role").value("PLANNER"));
    }

    @Test
    void rejectsAWrongPassword() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("admin", "wrong-password"))).andExpect(status().isUnauthorized());
    }

    @Test
    void tellsSignedInUsersTheirRole() throws Exception {
        createUser("surveyor2", "SURVEYOR");
        mvc.perform(get("/api/me").with(httpBasic("surveyor2", "password-surveyor2")))
                .andExpect(jsonPath("$.username").value("surveyor2"))
                .andExpect(jsonPath("$.role").value("SURVEYOR"));
    }

    @Test
    void requiresTheCsrfTokenForBrowserSessionWrites() throws Exception {
        createUser("planner3", "PLANNER");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", ADMIN_PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/api/admin/users")
                        .session(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("viasession", "PLANNER")))
                .andExpect(status().isForbidden());
        assertThat(users.find("viasession")).isEmpty();
        mvc.perform(post("/api/admin/users")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("viasession", "PLANNER")))
                .andExpect(status().isCreated());
    }

    @Test
    void validatesNewUsersNamingTheField() throws Exception {
        mvc.perform(post("/api/admin/users")
                        .with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"ok-name\",\"password\":\"short\",\"role\":\"PLANNER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("password must be 10..72 characters"));
        mvc.perform(post("/api/admin/users")
                        .with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("rolebad", "KING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("role must be SURVEYOR, PLANNER or ADMIN, was 'KING'"));
        createUser("dupe1", "PLANNER");
        mvc.perform(post("/api/admin/users")
                        .with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(user("dupe1", "PLANNER")))
                .andExpect(status().isConflict());
    }

    @Test
    void letsUsersChangeTheirOwnPassword() throws Exception {
        createUser("changer", "SURVEYOR");
        mvc.perform(put("/api/me/password")
                        .with(httpBasic("changer", "password-changer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"a-new-long-password\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic("changer", "a-new-long-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic("changer", "password-changer")))
                .andExpect(status().isUnauthorized());
    }
}
