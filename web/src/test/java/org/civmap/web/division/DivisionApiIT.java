package org.civmap.web.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civmap.core.io.GeoJsonFeatures;
import org.civmap.web.support.TestStores;
import org.civmap.web.support.WebTestBase;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DivisionApiIT extends WebTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    private JsonNode getJson(String url) throws Exception {
        String body = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static Geometry sourceGcj02(String adcode) {
        return GeoJsonFeatures.read(Path.of(TestStores.YUNNAN.toString(), "boundaries", "counties_gcj02.geojson"))
                .stream()
                .filter(f -> f.property("adcode").equals(adcode))
                .findFirst()
                .orElseThrow()
                .geometry();
    }

    /** Great-circle distance in metres. */
    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6_371_008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    @Test
    void servesWuhuaWithParentChainAndAWgs84GeometryShiftedFromGcj02() throws Exception {
        JsonNode f = getJson("/api/divisions/530102");
        JsonNode p = f.get("properties");
        assertThat(p.get("name").asText()).isEqualTo("五华区");
        assertThat(p.get("kindZh").asText()).isEqualTo("市辖区");
        assertThat(p.get("parents").findValuesAsText("name")).containsExactly("云南省", "昆明市");
        assertThat(p.get("crs").asText()).isEqualTo("wgs84");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        Point raw = sourceGcj02("530102").getCentroid();
        double shift = metres(
                p.get("centroid").get(0).asDouble(), p.get("centroid").get(1).asDouble(), raw.getX(), raw.getY());
        assertThat(shift).isBetween(300.0, 400.0);
    }

    @Test
    void servesGcj02ThatMatchesTheSourcePolygon() throws Exception {
        JsonNode f = getJson("/api/divisions/530102?crs=gcj02");
        assertThat(f.get("properties").get("crs").asText()).isEqualTo("gcj02");
        JsonNode ring = f.get("geometry").get("coordinates").get(0).get(0);
        var source = ((org.locationtech.jts.geom.Polygon) sourceGcj02("530102").getGeometryN(0))
                .getExteriorRing()
                .getCoordinates();
        assertThat(ring.size()).isEqualTo(source.length);
        for (int i = 0; i < source.length; i += 97) {
            assertThat(ring.get(i).get(0).asDouble())
                    .isCloseTo(source[i].x, org.assertj.core.api.Assertions.within(2e-7));
            assertThat(ring.get(i).get(1).asDouble())
                    .isCloseTo(source[i].y, org.assertj.core.api.Assertions.within(2e-7));
        }
    }

    @Test
    void listsChildrenAndSearchesByPinyinAndFormerNames() throws Exception {
        JsonNode children = getJson("/api/divisions/5301/children");
        assertThat(children.size()).isEqualTo(14);
        JsonNode page = getJson("/api/divisions?q=xsbn&size=3");
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("西双版纳傣族自治州");
        JsonNode resolved = getJson("/api/divisions/resolve?name=思茅市");
        assertThat(resolved.get(0).get("division").get("name").asText()).isEqualTo("普洱市");
        assertThat(resolved.get(0).get("current").asBoolean()).isFalse();
        JsonNode townships = getJson("/api/divisions?level=township&parent=530102&size=100");
        assertThat(townships.get("total").asInt()).isEqualTo(11);
    }

    @Test
    void answersUnknownCodesWithA404ProblemDocument() throws Exception {
        mvc.perform(get("/api/divisions/539999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("no division with code 539999"));
    }

    @Test
    void answersBadParametersWith400ProblemDocumentsNamingTheField() throws Exception {
        mvc.perform(get("/api/divisions/12ab"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("code must be an NBS division code of 2, 4, 6, 9 or 12 digits, was '12ab'"));
        mvc.perform(get("/api/divisions?level=city"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("level must be one of province, prefecture, county, township, village, was 'city'"));
        mvc.perform(get("/api/divisions/530102?crs=3857"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("crs must be one of wgs84, cgcs2000, gcj02 (or EPSG 4326/4490), was '3857'"));
        mvc.perform(get("/api/divisions?size=abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size must be a int, was 'abc'"));
        mvc.perform(get("/api/divisions?size=0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size must be in 1..500, was 0"));
    }

    @Test
    void publishesOpenApiDocs() throws Exception {
        JsonNode api = getJson("/v3/api-docs");
        assertThat(api.get("paths").has("/api/divisions/{code}")).isTrue();
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
