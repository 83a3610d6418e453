package org.civmap.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.civmap.web.support.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The walking engine over HTTP, on the real Andorra network. */
class CoverageApiIT extends WebTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String url, String body) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode ok(String url, String body) throws Exception {
        return JSON.readTree(postJson(url, body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void returnsNestedIsochroneBandsSmallestFirst() throws Exception {
        JsonNode fc = ok("/api/isochrones", "{\"lon\":1.5218,\"lat\":42.5063,\"minutes\":[15,5,10]}");
        assertThat(fc.get("features").findValuesAsText("minutes")).containsExactly("5.0", "10.0", "15.0");
        assertThat(fc.get("features").size()).isEqualTo(3);
        assertThat(fc.get("features").get(0).get("properties").get("minutes").asDouble())
                .isEqualTo(5.0);
        assertThat(fc.get("features").get(2).get("properties").get("minutes").asDouble())
                .isEqualTo(15.0);
        assertThat(fc.get("features").get(2).get("geometry").get("type").asText())
                .isIn("Polygon", "MultiPolygon");
        assertThat(fc.get("features")
                        .get(0)
                        .get("properties")
                        .get("reachedNodes")
                        .asInt())
                .isLessThan(fc.get("features")
                        .get(2)
                        .get("properties")
                        .get("reachedNodes")
                        .asInt());
    }

    @Test
    void assignsHomesToTheNearestFacilityAndReportsGapsAndTotals() throws Exception {
        JsonNode fc = ok("/api/coverage/walk", """
                {"minutes": 10,
                 "facilities": [{"id": "养老服务中心", "lon": 1.5218, "lat": 42.5063}],
                 "demand": [
                   {"id": "near", "lon": 1.5225, "lat": 42.5068, "population": 10, "olderPopulation": 2},
                   {"id": "far", "lon": 1.5600, "lat": 42.5420, "population": 8, "olderPopulation": 3},
                   {"id": "offnet", "lon": 1.4000, "lat": 42.4000, "population": 5, "olderPopulation": 1}
                 ]}""");
        JsonNode features = fc.get("features");
        JsonNode near = features.get(0).get("properties");
        assertThat(near.get("status").asText()).isEqualTo("COVERED");
        assertThat(near.get("facilityId").asText()).isEqualTo("养老服务中心");
        // at least the straight-line 85 m at 1 m/s, at most the 10-minute budget
        assertThat(near.get("walkSeconds").asDouble()).isBetween(85.0, 600.0);
        assertThat(features.get(1).get("properties").get("status").asText()).isEqualTo("BEYOND_BUDGET");
        assertThat(features.get(2).get("properties").get("status").asText()).isEqualTo("TOO_FAR_FROM_NETWORK");
        assertThat(fc.get("totals").get("olderPopulation").asDouble()).isEqualTo(6.0);
        assertThat(fc.get("totals").get("coveredOlderPopulation").asDouble()).isEqualTo(2.0);
        assertThat(features.findValuesAsText("kind")).containsExactly("demand", "demand", "demand", "gap", "gap");
    }

    @Test
    void rejectsBadInputNamingTheField() throws Exception {
        postJson("/api/isochrones", "{\"lat\":42.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("lon and lat are required"));
        postJson("/api/isochrones", "{\"lon\":1.5218,\"lat\":42.5063,\"minutes\":[0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("walkMinutes must be in 1..120, was 0.0"));
        postJson("/api/isochrones", "{\"lon\":1.40,\"lat\":42.40}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("point 1.400000,42.400000 is farther than 300 m from any walkable way"));
        postJson(
                        "/api/coverage/walk",
                        "{\"facilities\":[{\"lon\":1.52,\"lat\":42.5}],\"demand\":[{\"lon\":1.52,\"lat\":42.5,"
                                + "\"population\":1,\"olderPopulation\":2}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("demand[0]: demand 0: olderPopulation must be in 0..population (1.0), was 2.0"));
    }

    @Test
    void returnsCatchmentsWithLoadAndAccessibilityOverTheNetwork() throws Exception {
        JsonNode fc = ok("/api/catchments", """
                {"minutes": 15,
                 "facilities": [{"id": "a", "lon": 1.5218, "lat": 42.5063, "capacity": 1},
                                {"id": "b", "lon": 1.5600, "lat": 42.5420, "capacity": 50}],
                 "demand": [
                   {"id": "near-a", "lon": 1.5225, "lat": 42.5068, "population": 10, "olderPopulation": 4},
                   {"id": "near-b", "lon": 1.5605, "lat": 42.5423, "population": 8, "olderPopulation": 3}
                 ]}""");
        assertThat(fc.get("travelMethod").asText()).isEqualTo("network");
        JsonNode a = fc.get("features").get(0).get("properties");
        assertThat(a.get("facilityId").asText()).isEqualTo("a");
        assertThat(a.get("homes").asInt()).isEqualTo(1);
        assertThat(a.get("overloaded").asBoolean()).isTrue(); // 4 older people, 1 place
        assertThat(fc.get("features").get(1).get("properties").get("overloaded").asBoolean())
                .isFalse();
        // near-a: 1 place over 4 older people = 250 per 1,000; near-b: 50 over 3
        assertThat(fc.get("features")
                        .get(2)
                        .get("properties")
                        .get("placesPer1000Older")
                        .asDouble())
                .isEqualTo(250.0);
        assertThat(fc.get("features")
                        .get(3)
                        .get("properties")
                        .get("placesPer1000Older")
                        .asDouble())
                .isCloseTo(50_000.0 / 3, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void measuresCatchmentsByDrivingTimeWhenAsked() throws Exception {
        JsonNode fc = ok("/api/catchments", """
                {"minutes": 15, "mode": "drive",
                 "facilities": [{"id": "殡仪馆", "lon": 1.5218, "lat": 42.5063, "capacity": 100}],
                 "demand": [
                   {"id": "canillo", "lon": 1.5990, "lat": 42.5670, "population": 100, "olderPopulation": 30}
                 ]}""");
        assertThat(fc.get("travelMethod").asText()).isEqualTo("driving network");
        // Canillo is about 9 km away: far beyond 15 minutes on foot, within 15 minutes by car
        assertThat(fc.get("features").get(0).get("properties").get("homes").asInt())
                .isEqualTo(1);
        postJson(
                        "/api/catchments",
                        "{\"mode\":\"fly\",\"facilities\":[{\"lon\":1.5,\"lat\":42.5,"
                                + "\"capacity\":1}],\"demand\":[{\"lon\":1.5,\"lat\":42.5,\"population\":1,"
                                + "\"olderPopulation\":1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("mode must be walk or drive, was 'fly'"));
    }
}
