package org.civmap.web.placename;

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

class PlaceNameApiIT extends WebTestBase {

    @Autowired
    MockMvc mvc;

    private JsonNode getJson(String url, String q) throws Exception {
        return new ObjectMapper()
                .readTree(mvc.perform(get(url).param("q", q))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void searchesByPinyinInitialsAndFormerNames() throws Exception {
        assertThat(getJson("/api/placenames/search", "kunming")
                        .get("hits")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("5301");
        assertThat(getJson("/api/placenames/search", "昆m")
                        .get("hits")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("昆明市");
        JsonNode former = getJson("/api/placenames/search", "思茅市").get("hits").get(0);
        assertThat(former.get("name").asText()).isEqualTo("普洱市");
        assertThat(former.get("matchedFormerName").asText()).isEqualTo("思茅市");
    }

    @Test
    void suggestsNamesWithTheirPath() throws Exception {
        JsonNode s = getJson("/api/placenames/suggest", "xsbn");
        assertThat(s.size()).isBetween(1, 8);
        assertThat(s.get(0).get("path").asText()).isEqualTo("云南省 › 西双版纳傣族自治州");
    }

    @Test
    void treatsSyntaxAsTextAndRejectsEmptyOrHugeQueries() throws Exception {
        mvc.perform(get("/api/placenames/search").param("q", "name:* AND ' OR 1=1"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/placenames/search").param("q", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q must not be empty"));
        mvc.perform(get("/api/placenames/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q must not be empty"));
        mvc.perform(get("/api/placenames/suggest").param("q", "昆".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q must be at most 200 characters, was 201"));
    }
}
