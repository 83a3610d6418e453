package org.civmap.web.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civmap.web.account.Role;
import org.civmap.web.account.UserStore;
import org.civmap.web.support.WebTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

class FacilityApiIT extends WebTestBase {

    static final String NEW = """
            {"id":"km-fh-1","name":"昆明市殡仪馆","kind":"殡仪馆","lon":102.70,"lat":25.05,
             "divisionCode":"530102","capacity":40,"status":"OPEN","openedOn":"1999-05-01"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    FacilityStore store;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void accounts() {
        if (users.find("fplanner").isEmpty()) {
            users.create("fplanner", encoder.encode("planner-password"), Role.PLANNER);
            users.create("fsurveyor", encoder.encode("surveyor-password"), Role.SURVEYOR);
        }
    }

    @AfterEach
    void backToTheDemo() {
        store.replaceDataset(FacilityStore.OFFICIAL, List.of(), "test");
    }

    private JsonNode getJson(String url) throws Exception {
        return new ObjectMapper()
                .readTree(mvc.perform(get(url))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void listsTheDemoRegistryByKindDivisionAndBbox() throws Exception {
        JsonNode funeral = getJson("/api/facilities?kind=FUNERAL_HOME");
        assertThat(funeral.get("dataset").asText()).isEqualTo("demo");
        assertThat(funeral.get("synthetic").asBoolean()).isTrue();
        assertThat(funeral.get("features").size()).isEqualTo(124);
        assertThat(funeral.get("features").findValuesAsText("kindZh")).containsOnly("殡仪馆");
        JsonNode kunming = getJson("/api/facilities?kind=FUNERAL_HOME&division=5301");
        assertThat(kunming.get("features").findValuesAsText("divisionCode"))
                .allSatisfy(c -> assertThat(c).startsWith("5301"));
        JsonNode box = getJson("/api/facilities?bbox=102.5,24.8,103.0,25.3&limit=10000");
        for (JsonNode f : box.get("features")) {
            assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isBetween(102.5, 103.0);
        }
        assertThat(getJson("/api/facility-kinds").size()).isEqualTo(15);
    }

    @Test
    void letsOnlyPlannersAndAdminsWriteAndKeepsEveryChange() throws Exception {
        mvc.perform(post("/api/facilities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/facilities")
                        .with(httpBasic("fsurveyor", "surveyor-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/facilities")
                        .with(httpBasic("fplanner", "planner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.properties.kind").value("FUNERAL_HOME"));
        // an official registry now replaces the demo
        assertThat(getJson("/api/facilities").get("dataset").asText()).isEqualTo("official");
        mvc.perform(put("/api/facilities/km-fh-1")
                        .with(httpBasic("fplanner", "planner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW.replace("\"capacity\":40", "\"capacity\":60")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/facilities/km-fh-1/close")
                        .with(httpBasic("fplanner", "planner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closedOn\":\"2025-03-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.status").value("CLOSED"));
        JsonNode history = getJson("/api/facilities/km-fh-1").get("history");
        assertThat(history.findValuesAsText("action")).containsExactly("CREATE", "UPDATE", "CLOSE");
        assertThat(history.findValuesAsText("by")).containsOnly("fplanner");
        assertThat(history.get(1).get("before").asText()).contains("\"capacity\":40");
        assertThat(history.get(1).get("after").asText()).contains("\"capacity\":60");
    }

    @Test
    void rejectsBadFacilitiesNamingTheField() throws Exception {
        mvc.perform(post("/api/facilities")
                        .with(httpBasic("fplanner", "planner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW.replace("殡仪馆\"", "火箭发射场\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("kind must be one of the facility vocabulary (e.g. FUNERAL_HOME or"
                                + " 殡仪馆; see docs/facilities.md), was '火箭发射场'"));
        mvc.perform(post("/api/facilities")
                        .with(httpBasic("fplanner", "planner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW.replace("530102", "539999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("divisionCode 539999 is not in the division registry"));
        mvc.perform(get("/api/facilities?bbox=1,2,3")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/facilities/none")).andExpect(status().isNotFound());
    }
}
