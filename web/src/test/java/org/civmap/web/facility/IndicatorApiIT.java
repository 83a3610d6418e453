package org.civmap.web.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.civmap.web.support.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Plan indicators over the synthetic demo registry that serve loads on first start. */
class IndicatorApiIT extends WebTestBase {

    @Autowired
    MockMvc mvc;

    private JsonNode getJson(String url) throws Exception {
        return new ObjectMapper()
                .readTree(mvc.perform(get(url))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode indicator(JsonNode all, String id) {
        for (JsonNode n : all.get("indicators")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void computesEveryIndicatorOverTheDemoRegistryAndSaysItIsSynthetic() throws Exception {
        JsonNode all = getJson("/api/indicators?asOf=2025-12-31");
        assertThat(all.get("dataset").asText()).isEqualTo("demo");
        assertThat(all.get("synthetic").asBoolean()).isTrue();
        assertThat(all.get("indicators").size()).isEqualTo(9);
        JsonNode funeral = indicator(all, "funeral_home_county").get("province");
        assertThat(funeral.get("numerator").asInt()).isEqualTo(129);
        assertThat(funeral.get("met").asBoolean()).isTrue();
        JsonNode cemetery = indicator(all, "public_cemetery_township").get("province");
        assertThat(cemetery.get("numerator").asInt()).isEqualTo(1128);
        assertThat(cemetery.get("denominator").asInt()).isEqualTo(1206);
        assertThat(cemetery.get("shortBy").asInt()).isEqualTo(78);
        assertThat(cemetery.get("failing").size()).isEqualTo(78);
    }

    @Test
    void drillsDownToCountiesAndTownshipsWithinAParent() throws Exception {
        JsonNode counties =
                getJson("/api/indicators/public_cemetery_township?level=county&parent=5301&asOf=2025-12-31");
        JsonNode rows = counties.get("indicators").get("rows");
        assertThat(rows.size()).isBetween(1, 14);
        for (JsonNode r : rows) {
            assertThat(r.get("code").asText()).startsWith("5301");
            assertThat(r.get("numerator").asInt() + r.get("failing").size())
                    .isEqualTo(r.get("denominator").asInt());
        }
        JsonNode townships = getJson("/api/indicators/public_cemetery_township?level=township&parent=530102");
        assertThat(townships.get("indicators").get("rows").findValuesAsText("code"))
                .allSatisfy(c -> assertThat(c).startsWith("530102"));
    }

    @Test
    void comparesSnapshotsByDate() throws Exception {
        // every demo facility opened in 2005 or later
        JsonNode before = getJson("/api/indicators?asOf=2004-12-31");
        assertThat(indicator(before, "funeral_home_county")
                        .get("province")
                        .get("numerator")
                        .asInt())
                .isZero();
    }

    @Test
    void rejectsBadParameters() throws Exception {
        mvc.perform(get("/api/indicators?asOf=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("asOf must be a date like 2025-12-31, was 'yesterday'"));
        mvc.perform(get("/api/indicators/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/indicators/funeral_home_county?level=village"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("level must not be below the indicator's unit level county, was village"));
    }
}
