package org.civmap.web.placename;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.civmap.core.placename.PlaceNameIndex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Place-name search for citizens: characters, pinyin, initials, former names. Public. */
@RestController
@Tag(name = "placenames", description = "标准地名 standard place names")
class PlaceNameController {

    private final PlaceNameService service;

    PlaceNameController(PlaceNameService service) {
        this.service = service;
    }

    @GetMapping("/api/placenames/search")
    @Operation(summary = "Search names by characters, pinyin (with or without tones), initials, typos and former names")
    Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        List<PlaceNameIndex.Hit> hits = service.index().search(q, limit);
        return Map.of("q", q.strip(), "hits", hits);
    }

    @GetMapping("/api/placenames/suggest")
    @Operation(summary = "Type-ahead: up to 8 names with their division path")
    List<Map<String, String>> suggest(@RequestParam(required = false) String q) {
        return service.index().search(q, 8).stream()
                .map(h -> h.matchedFormerName() == null
                        ? Map.of("code", h.code(), "name", h.name(), "path", h.path())
                        : Map.of(
                                "code",
                                h.code(),
                                "name",
                                h.name(),
                                "path",
                                h.path(),
                                "formerName",
                                h.matchedFormerName()))
                .toList();
    }
}
