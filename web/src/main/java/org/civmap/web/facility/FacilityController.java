package org.civmap.web.facility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civmap.core.facility.FacilityFiles;
import org.civmap.core.facility.FacilityKind;
import org.civmap.core.facility.FacilityRecord;
import org.civmap.core.facility.FacilityStatus;
import org.civmap.web.division.DivisionStore;
import org.civmap.web.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The facility registry: public reads; PLANNER and ADMIN create, update and close. */
@RestController
@Tag(name = "facilities", description = "民政设施 facility registry")
class FacilityController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FacilityStore store;
    private final DivisionStore divisions;

    FacilityController(FacilityStore store, DivisionStore divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /** A facility as clients send it. */
    record FacilityIn(
            String id,
            String name,
            String kind,
            Double lon,
            Double lat,
            String divisionCode,
            List<String> servedCodes,
            Integer capacity,
            String status,
            String openedOn,
            String closedOn,
            String source) {}

    record CloseRequest(String closedOn) {}

    @GetMapping("/api/facility-kinds")
    @Operation(summary = "The closed vocabulary of facility kinds, with Chinese and English labels")
    List<Map<String, String>> kinds() {
        List<Map<String, String>> out = new ArrayList<>();
        for (FacilityKind k : FacilityKind.values()) {
            out.add(Map.of("code", k.name(), "labelZh", k.labelZh(), "labelEn", k.labelEn()));
        }
        return out;
    }

    @GetMapping(value = "/api/facilities", produces = "application/geo+json")
    @Operation(summary = "Facilities of the active dataset, filtered by kind, division, status and bbox (GeoJSON)")
    ObjectNode list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String division,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String bbox,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be in 1..10000, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (division != null && !division.matches("\\d{2,12}")) {
            throw new IllegalArgumentException("division must be an NBS code, was '" + division + "'");
        }
        FacilityStore.Filter filter = new FacilityStore.Filter(
                kind == null ? null : FacilityKind.parse(kind),
                division,
                status == null ? null : parseStatus(status),
                bbox == null ? null : parseBbox(bbox));
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        String dataset = store.activeDataset();
        fc.put("dataset", dataset);
        fc.put("synthetic", dataset.equals(FacilityStore.DEMO));
        ArrayNode features = fc.putArray("features");
        for (FacilityRecord f : store.list(filter, offset, limit)) {
            features.add(feature(f));
        }
        return fc;
    }

    @GetMapping(value = "/api/facilities/{id}", produces = "application/geo+json")
    @Operation(summary = "One facility with its full change history")
    ObjectNode get(@PathVariable String id) {
        FacilityRecord f = store.find(id).orElseThrow(() -> new NotFoundException("no facility with id " + id));
        ObjectNode feature = feature(f);
        feature.set("history", JSON.valueToTree(store.history(id)));
        return feature;
    }

    @PostMapping("/api/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a facility to the official registry (PLANNER, ADMIN)")
    ObjectNode create(@RequestBody FacilityIn in, Principal who) {
        FacilityRecord f = toRecord(in, in.id());
        store.create(f, who.getName());
        return feature(f);
    }

    @PutMapping("/api/facilities/{id}")
    @Operation(summary = "Replace a facility's attributes; the old ones stay in its history (PLANNER, ADMIN)")
    ObjectNode update(@PathVariable String id, @RequestBody FacilityIn in, Principal who) {
        store.find(id).orElseThrow(() -> new NotFoundException("no facility with id " + id));
        FacilityRecord f = toRecord(in, id);
        store.update(f, who.getName(), "UPDATE");
        return feature(f);
    }

    @PostMapping("/api/facilities/{id}/close")
    @Operation(summary = "Close a facility on a day (PLANNER, ADMIN)")
    ObjectNode close(@PathVariable String id, @RequestBody CloseRequest body, Principal who) {
        FacilityRecord f = store.find(id).orElseThrow(() -> new NotFoundException("no facility with id " + id));
        LocalDate day = date("closedOn", body.closedOn()).orElse(LocalDate.now());
        FacilityRecord closed = new FacilityRecord(
                f.id(),
                f.name(),
                f.kind(),
                f.lon(),
                f.lat(),
                f.divisionCode(),
                f.servedCodes(),
                f.capacity(),
                FacilityStatus.CLOSED,
                f.openedOn(),
                Optional.of(day),
                f.source(),
                f.synthetic());
        store.update(closed, who.getName(), "CLOSE");
        return feature(closed);
    }

    private FacilityRecord toRecord(FacilityIn in, String id) {
        if (id == null || !id.matches("[A-Za-z0-9_.:-]{1,80}")) {
            throw new IllegalArgumentException("id must be 1..80 letters, digits or _.:-, was '" + id + "'");
        }
        if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
            throw new IllegalArgumentException("name must be 1..200 characters");
        }
        if (in.lon() == null || in.lat() == null) {
            throw new IllegalArgumentException("lon and lat are required");
        }
        String code = in.divisionCode() == null ? "" : in.divisionCode().trim();
        if (divisions.find(code).isEmpty()) {
            throw new IllegalArgumentException("divisionCode " + code + " is not in the division registry");
        }
        List<String> served = in.servedCodes() == null ? List.of() : in.servedCodes();
        for (String s : served) {
            if (divisions.find(s).isEmpty()) {
                throw new IllegalArgumentException("servedCodes: " + s + " is not in the division registry");
            }
        }
        return new FacilityRecord(
                id,
                in.name().trim(),
                FacilityKind.parse(in.kind()),
                in.lon(),
                in.lat(),
                code,
                served,
                in.capacity() == null ? 0 : in.capacity(),
                in.status() == null ? FacilityStatus.OPEN : parseStatus(in.status()),
                date("openedOn", in.openedOn()),
                date("closedOn", in.closedOn()),
                in.source() == null ? "entered in civmap" : in.source(),
                false);
    }

    private static FacilityStatus parseStatus(String s) {
        return FacilityFiles.status(s);
    }

    private static Optional<LocalDate> date(String field, String value) {
        return FacilityFiles.date(field, value);
    }

    static double[] parseBbox(String bbox) {
        String[] p = bbox.split(",");
        if (p.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat, was '" + bbox + "'");
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(p[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be four numbers, was '" + bbox + "'");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new IllegalArgumentException("bbox minimum must not exceed its maximum, was '" + bbox + "'");
        }
        return v;
    }

    private static ObjectNode feature(FacilityRecord f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "Feature");
        n.put("id", f.id());
        ObjectNode g = n.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(f.lon()).add(f.lat());
        ObjectNode p = n.putObject("properties");
        p.put("name", f.name());
        p.put("kind", f.kind().name());
        p.put("kindZh", f.kind().labelZh());
        p.put("kindEn", f.kind().labelEn());
        p.put("divisionCode", f.divisionCode());
        p.set("servedCodes", JSON.valueToTree(f.servedCodes()));
        p.put("capacity", f.capacity());
        p.put("status", f.status().name());
        p.put("statusZh", f.status().labelZh());
        f.openedOn().ifPresent(d -> p.put("openedOn", d.toString()));
        f.closedOn().ifPresent(d -> p.put("closedOn", d.toString()));
        p.put("source", f.source());
        p.put("synthetic", f.synthetic());
        return n;
    }
}
