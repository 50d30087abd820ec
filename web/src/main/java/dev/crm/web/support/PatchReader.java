package dev.crm.web.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.application.shared.InputValidator;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Records;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Reads an update body {@code {"version": n, "field": value, ...}} (a PUT, or a JSON merge patch, RFC 7396, which
 * for these flat records means the same): the fields present are the ones changed
 * (null clears), absent ones stay as they are. Reports every bad field at once. Written once for every entity's PUT.
 */
@Component
public class PatchReader {

    private final ObjectMapper json;
    private final InputValidator validator;

    public PatchReader(ObjectMapper json, InputValidator validator) {
        this.json = StrictJson.strict(json);
        this.validator = validator;
    }

    public <D extends Record> VersionedPatch<D> read(ObjectNode body, Class<D> type) {
        return read(body, type, () -> null);
    }

    /**
     * As {@link #read(ObjectNode, Class)}, for a client that sends back what it read: a read-only field (id,
     * createdAt, a project's assignees' names, ...) may come along unchanged; changing one is an error naming it.
     *
     * @param current the record as the client may have read it, asked for only when the body has read-only fields
     */
    public <D extends Record> VersionedPatch<D> read(ObjectNode body, Class<D> type, Supplier<Object> current) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode version = body.get("version");
        boolean versioned = version != null && !version.isNull();
        if (versioned && (!version.canConvertToLong() || !version.isIntegralNumber() || version.asLong() < 1)) {
            errors.add(new FieldError("version", "Must be a positive whole number"));
        }
        Set<String> fields = new LinkedHashSet<>();
        ObjectNode values = json.createObjectNode();
        JsonNode currentJson = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            if (name.equals("version")) {
                continue;
            }
            if (!Records.hasField(type, name)) {
                if (currentJson == null) {
                    currentJson = json.valueToTree(current.get());
                }
                if (currentJson == null || !currentJson.has(name)) {
                    errors.add(new FieldError(name, "Unknown field"));
                } else if (!same(currentJson.get(name), entry.getValue())) {
                    errors.add(new FieldError(name, "Read-only: it cannot be changed"));
                }
                continue;
            }
            fields.add(name);
            values.set(name, entry.getValue());
        }
        D parsed = null;
        try {
            parsed = json.treeToValue(values, type);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName()
                    : "body";
            errors.add(new FieldError(field, "Not a valid value"));
        }
        if (parsed != null) {
            try {
                validator.validate(Patch.of(parsed, fields));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new VersionedPatch<>(versioned ? version.asLong() : null, Patch.of(parsed, fields));
    }

    /** Equal as JSON, or the same instant written another way ({@code .5Z} and {@code .500Z}). */
    private static boolean same(JsonNode stored, JsonNode sent) {
        if (stored.equals(sent)) {
            return true;
        }
        if (stored.isTextual() && sent.isTextual()) {
            try {
                return Instant.parse(stored.asText()).equals(Instant.parse(sent.asText()));
            } catch (DateTimeParseException notAnInstant) {
                return false;
            }
        }
        return false;
    }

    /** @param version the {@code version} the body names, null if it names none (it may come as If-Match) */
    public record VersionedPatch<D extends Record>(Long version, Patch<D> patch) {}
}
